import { randomUUID } from "node:crypto";
import type { Role, SessionUser } from "@/lib/auth/roles";

/**
 * Fresh accounts for integration tests, so no test changes the demo users
 * the others rely on. Import after createTempDatabase(): the Prisma client
 * reads DATABASE_URL once.
 */
export const STRONG_PASSWORD = "quartz lantern orbit meadow";

export async function freshUser(role: Role, name = `Test ${role}`): Promise<SessionUser> {
  const { db } = await import("@/lib/db/client");
  const { hashPassword } = await import("@/lib/auth/password");
  const email = `${role}-${randomUUID().slice(0, 8)}@example.org`;
  const user = await db.user.create({
    data: { email, name, role, passwordHash: await hashPassword(STRONG_PASSWORD) },
  });
  return { id: user.id, email: user.email, name: user.name, role };
}

/** A signed-in session and an API token for the user: what a reset, demotion or deactivation must end. */
export async function giveAccess(userId: string): Promise<{ sessionId: string; tokenId: string }> {
  const { db } = await import("@/lib/db/client");
  const { startSession } = await import("@/lib/data/sessions/start-session");
  const { generateApiToken } = await import("@/lib/auth/api-token-secret");
  const { sessionId } = await startSession({ id: userId });
  const token = await db.apiToken.create({
    data: { userId, name: `test ${randomUUID().slice(0, 6)}`, tokenHash: generateApiToken().tokenHash },
  });
  return { sessionId, tokenId: token.id };
}

/** The version an admin would send with PATCH. */
export async function versionOf(userId: string): Promise<number> {
  const { db } = await import("@/lib/db/client");
  return (await db.user.findUniqueOrThrow({ where: { id: userId } })).version;
}
