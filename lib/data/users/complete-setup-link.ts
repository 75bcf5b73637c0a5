import { createAccountLink } from "@/lib/data/account-links/create-account-link";
import { db } from "@/lib/db/client";
import { isSetupDone } from "./complete-setup";

/**
 * A new setup link (24 hours, single use) when the database has no user at
 * all, else null. Called at every server start; each start, and each of
 * several instances starting at once, gets its own link, and all of them
 * stay valid until one is used (completeSetup then uses up the rest).
 */
export async function openSetupLinkIfNoUsers(
  now = new Date(),
): Promise<{ secret: string; expiresAt: Date } | null> {
  return db.$transaction(async (tx) => {
    if (await isSetupDone(tx)) return null;
    const { secret, expiresAt } = await createAccountLink(tx, { purpose: "setup", now });
    return { secret, expiresAt };
  });
}
