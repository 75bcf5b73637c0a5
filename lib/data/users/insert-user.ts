import type { Role } from "@/lib/auth/roles";
import { recordAudit, type AuditAction } from "@/lib/data/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import type { User } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { withdrawOpenLinks } from "./revoke-access";

export const emailTaken = (email: string) =>
  new AppError("CONFLICT", `A user with the email ${email} already exists.`, {
    fields: { email: "A user with this email already exists." },
  });

/**
 * Creates an account inside the caller's transaction and records it:
 * refuses an email that is taken, and withdraws any invitation still open
 * for that email (the person has an account now, so the link must not make
 * a second one). The password is already hashed.
 */
export async function insertUser(
  tx: Tx,
  fields: { email: string; name: string; role: Role; passwordHash: string },
  audit: { action: AuditAction; actorId: string | null; data?: Record<string, unknown>; now: Date },
): Promise<User> {
  if (await tx.user.findUnique({ where: { email: fields.email }, select: { id: true } })) {
    throw emailTaken(fields.email);
  }
  const user = await tx.user.create({ data: { ...fields, createdAt: audit.now } });
  await withdrawOpenLinks(tx, "invite", { email: fields.email }, audit.now);
  await recordAudit(tx, {
    action: audit.action,
    // The bootstrap admin and an invitee create their own account.
    actorId: audit.actorId ?? user.id,
    entityType: "user",
    entityId: user.id,
    data: { email: user.email, name: user.name, role: user.role, ...audit.data },
    at: audit.now,
  });
  return user;
}
