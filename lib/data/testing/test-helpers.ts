import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";

/** A seeded demo user as use cases see them. Imports the client lazily, after createTempDatabase(). */
export async function actor(email: string): Promise<SessionUser> {
  const { db } = await import("@/lib/db/client");
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return { id: user.id, email: user.email, name: user.name, role: user.role as SessionUser["role"] };
}

/** The AppError a call fails with; fails the test if the call succeeds or throws anything else. */
export async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}
