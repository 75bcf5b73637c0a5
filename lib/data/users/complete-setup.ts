import { hashPassword } from "@/lib/auth/password";
import { assertAcceptablePassword } from "@/lib/auth/password-strength/assert-acceptable-password";
import type { Role } from "@/lib/auth/roles";
import { consumeAccountLink, findUsableAccountLink } from "@/lib/data/account-links/use-account-link";
import { db, type Db, type Tx } from "@/lib/db/client";
import { lockInTransaction } from "@/lib/db/dialect";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { completeSetupSchema, type CompleteSetupInput } from "@/lib/schemas/setup";
import { insertUser } from "./insert-user";
import { parseInput } from "./parse-input";

export interface SetupCompleted {
  user: { id: string; email: string; name: string; role: Role };
}

/** Setup is done once any account exists, whatever its role or state. */
export async function isSetupDone(client: Db | Tx = db): Promise<boolean> {
  return (await client.user.count()) > 0;
}

const setupDone = () =>
  new AppError("CONFLICT", "Setup is already done: sign in, or ask an admin for an account.");

const unusableSetupCode = () =>
  new AppError(
    "NOT_FOUND",
    "This setup code is not valid: it may have been used or have expired (after 24 hours). " +
      "Restart the server to print a new setup link in its log.",
  );

/** A code that cannot be used: because setup is done (every setup link is used up then), or it is not valid. */
async function whyUnusable(): Promise<AppError> {
  return (await isSetupDone()) ? setupDone() : unusableSetupCode();
}

/**
 * Creates the first admin of a fresh deployment. Public: the setup link's
 * secret, printed to the server log at start (lib/startup), is the proof.
 * In one transaction the link is used up, the database is checked to have
 * still no user, the admin is created and every other setup link (several
 * instances may each have printed one) is used up too. So of two people
 * racing, with one link or two, exactly one becomes admin.
 */
export async function completeSetup(rawInput: CompleteSetupInput): Promise<SetupCompleted> {
  const input = parseInput(completeSetupSchema, rawInput);
  // Checked before the password, so nobody perfects a password for a code that cannot work.
  if (!(await findUsableAccountLink(input.token, "setup"))) throw await whyUnusable();
  assertAcceptablePassword(input.password, input);
  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  try {
    const user = await db.$transaction(async (tx) => {
      // One setup at a time (on SQLite the first write takes the write lock), so the count below
      // cannot be overtaken: a second person waits, then finds every setup link used up.
      await lockInTransaction(tx, "factcheck:setup");
      const link = await consumeAccountLink(tx, input.token, "setup", now);
      if (await isSetupDone(tx)) throw setupDone();
      const fields = { email: input.email, name: input.name, role: "admin" as const, passwordHash };
      const admin = await insertUser(tx, fields, {
        action: "user.setup_completed",
        actorId: null,
        data: { setupLinkId: link.id },
        now,
      });
      await tx.accountLink.update({ where: { id: link.id }, data: { userId: admin.id } });
      await tx.accountLink.updateMany({ where: { purpose: "setup", usedAt: null }, data: { usedAt: now } });
      return admin;
    });
    return { user: { id: user.id, email: user.email, name: user.name, role: "admin" } };
  } catch (error) {
    // Used up meanwhile, by someone completing setup at the same moment.
    if (isAppError(error) && error.code === "NOT_FOUND") throw await whyUnusable();
    throw error;
  }
}
