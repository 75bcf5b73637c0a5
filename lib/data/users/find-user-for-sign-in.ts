import { randomUUID } from "node:crypto";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { roleSchema, type SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";

// Checking a real hash when the email is unknown makes a failed sign-in take
// as long for unknown emails as for wrong passwords, so timing doesn't
// reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(randomUUID()));

/** The user for these credentials, or null. Disabled users cannot sign in. */
export async function findUserForSignIn(email: string, password: string): Promise<SessionUser | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user || user.disabledAt) {
    await verifyPassword(await getDummyHash(), password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  const role = roleSchema.safeParse(user.role);
  if (!role.success) return null;
  return { id: user.id, email: user.email, name: user.name, role: role.data };
}
