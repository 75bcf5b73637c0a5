import { demoPasswords, demoUsers } from "@/lib/auth/demo-accounts";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";

/**
 * Active accounts that still have one of the published demo passwords.
 * Only the demo emails can: every way of setting a password (creating a user,
 * an invitation, a reset, a change, the setup page, the CLI) refuses the demo
 * passwords, and only the demo seed creates accounts without that check.
 * So a few hash checks cover a database of any size.
 */
export async function findDemoPasswordAccounts(): Promise<string[]> {
  const candidates = await db.user.findMany({
    where: { email: { in: demoUsers.map((user) => user.email) }, disabledAt: null },
    select: { email: true, passwordHash: true },
  });
  const found: string[] = [];
  for (const user of candidates) {
    for (const password of demoPasswords) {
      if (await verifyPassword(user.passwordHash, password)) {
        found.push(user.email);
        break;
      }
    }
  }
  return found;
}
