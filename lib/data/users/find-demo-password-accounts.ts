import { demoPasswords, demoUsers } from "@/lib/auth/demo-accounts";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";

/**
 * Accounts that still have one of the published demo passwords, deactivated
 * ones included: an admin could reactivate one at any time, and it would
 * sign in with its public password without a restart.
 * Only the demo emails can: every way of setting a password (creating a user,
 * an invitation, a reset, a change, the setup page, the CLI) refuses the demo
 * passwords, and only the demo seed creates accounts without that check.
 * So a few hash checks cover a database of any size.
 */
export async function findDemoPasswordAccounts(): Promise<string[]> {
  const candidates = await db.user.findMany({
    where: { email: { in: demoUsers.map((user) => user.email) } },
    select: { email: true, passwordHash: true },
  });
  // Accounts side by side (argon2 runs on the thread pool), and each one's
  // own demo password first: a still-demo account costs one check, not five.
  const found = await Promise.all(
    candidates.map(async (user) => {
      const own = demoUsers.find((demo) => demo.email === user.email)?.password;
      const passwords = [...new Set([own, ...demoPasswords])].filter((p): p is string => Boolean(p));
      for (const password of passwords) {
        if (await verifyPassword(user.passwordHash, password)) return user.email;
      }
      return null;
    }),
  );
  return found.filter((email): email is string => email !== null).sort();
}
