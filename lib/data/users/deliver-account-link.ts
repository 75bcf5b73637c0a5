import type { AccountLinkView } from "@/lib/api/schemas/user";
import { readMailSettings, type MailSettings } from "@/lib/config/mail-settings";
import { recordAudit, type AuditEntry } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { sendMail, type OutgoingMail } from "@/lib/mail/send-mail";

/** The mail settings, or null without them; a wrong value is UNAVAILABLE naming the variable, before anything is written. */
export function mailSettingsOrFail(): MailSettings | null {
  try {
    return readMailSettings();
  } catch (error) {
    throw new AppError("UNAVAILABLE", error instanceof Error ? error.message : String(error));
  }
}

/**
 * Hands a new single-use link over: without a mail server, back to the
 * admin to pass on; with one, by email to its owner, and then the admin
 * never sees it. The email goes out after the link's transaction has
 * committed (SQLite's one writer is not held while a mail server answers);
 * if it cannot be sent, the link is withdrawn again (recording `onFailure`)
 * and the send error, a sentence for the admin, is thrown.
 */
export async function deliverAccountLink(
  mail: MailSettings | null,
  link: { id: string; url: string; expiresAt: Date },
  message: OutgoingMail,
  onFailure: Omit<AuditEntry, "at">,
): Promise<{ link: AccountLinkView | null; emailed: boolean }> {
  if (!mail) return { link: { url: link.url, expiresAt: link.expiresAt.toISOString() }, emailed: false };
  try {
    await sendMail(mail, message);
  } catch (error) {
    await db.$transaction(async (tx) => {
      const now = new Date();
      await tx.accountLink.updateMany({ where: { id: link.id, usedAt: null }, data: { revokedAt: now } });
      await recordAudit(tx, { ...onFailure, at: now });
    });
    throw error;
  }
  return { link: null, emailed: true };
}
