import type { ChangeOwnPasswordResult } from "@/lib/api/schemas/account";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { assertAcceptablePassword } from "@/lib/auth/password-strength/assert-acceptable-password";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { endUserSessions } from "@/lib/data/sessions/end-sessions";
import { throttled } from "@/lib/data/sign-in/sign-in-with-password";
import {
  clearAccountFailures,
  recordFailure,
  throttleKeys,
  throttleWait,
} from "@/lib/data/sign-in/throttle-store";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { ChangeOwnPasswordInput } from "@/lib/schemas/account";

export interface PasswordChanger {
  user: SessionUser;
  via: "session" | "token";
  /** The caller's own Session row, which stays signed in. */
  sessionId?: string;
}

/** Refuses token callers before anything else is looked at: a leaked token must not take over the account. */
export function assertBrowserSession(caller: Pick<PasswordChanger, "via" | "sessionId">): string {
  if (caller.via !== "session" || !caller.sessionId)
    throw new AppError("FORBIDDEN", "Change your password in the app, signed in.");
  return caller.sessionId;
}

/**
 * Changes the caller's own password. The current password is required, and
 * a wrong one counts against the sign-in throttle for this account, so an
 * open session cannot be used to guess it without limit. In one
 * transaction: the new hash (only if the old one is still in place, so a
 * reset meanwhile is not overwritten), every OTHER session of the user
 * ends, and the audit event. This session stays signed in.
 */
export async function changeOwnPassword(
  caller: PasswordChanger,
  input: ChangeOwnPasswordInput,
  now = new Date(),
): Promise<ChangeOwnPasswordResult> {
  const sessionId = assertBrowserSession(caller);
  const account = await db.user.findUniqueOrThrow({
    where: { id: caller.user.id },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  await assertCurrentPassword(account, input.currentPassword, now);
  if (input.newPassword === input.currentPassword) {
    const message = "Choose a new password: this one is your current password.";
    throw new AppError("VALIDATION", message, { fields: { newPassword: message } });
  }
  assertAcceptablePassword(input.newPassword, account, "newPassword");
  // Hashing takes a noticeable moment: not while holding SQLite's one write lock.
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    const changed = await tx.user.updateMany({
      where: { id: account.id, passwordHash: account.passwordHash, disabledAt: null },
      data: { passwordHash },
    });
    if (changed.count !== 1) {
      throw new AppError(
        "CONFLICT",
        "Your password was changed or reset elsewhere just now. Reload the page and sign in again if asked.",
      );
    }
    const endedSessions = await endUserSessions(tx, account.id, "password_changed", {
      exceptSessionId: sessionId,
      now,
    });
    await recordAudit(tx, {
      action: "user.password_changed",
      actorId: account.id,
      entityType: "user",
      entityId: account.id,
      data: { endedSessions, keptSessionId: sessionId },
      at: now,
    });
    return { endedSessions };
  });
}

/**
 * Checks the current password the way sign-in does: refused outright while
 * the account is blocked, a failure counted (and possibly blocking) when wrong,
 * the account's count cleared when right.
 */
async function assertCurrentPassword(
  account: { email: string; passwordHash: string },
  currentPassword: string,
  now: Date,
): Promise<void> {
  const keys = throttleKeys(account.email, null);
  const wait = await throttleWait(keys, now);
  if (wait > 0) throw throttled(wait);
  if (await verifyPassword(account.passwordHash, currentPassword)) {
    await clearAccountFailures(account.email);
    return;
  }
  const blocked = await recordFailure(keys, now);
  if (blocked > 0) throw throttled(blocked);
  const message = "That is not your current password.";
  throw new AppError("VALIDATION", message, { fields: { currentPassword: message } });
}
