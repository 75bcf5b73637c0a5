import { tooManyAttemptsMessage } from "@/lib/auth/throttle/throttle-policy";
import { startSession } from "@/lib/data/sessions/start-session";
import { findUserForSignIn } from "@/lib/data/users/find-user-for-sign-in";
import { AppError } from "@/lib/errors/app-error";
import { clearAccountFailures, recordFailure, throttleKeys, throttleWait } from "./throttle-store";

export interface SignInAttempt {
  email: string;
  password: string;
  address: string | null;
  userAgent?: string | null;
  now?: Date;
}

export interface SignedIn {
  id: string;
  email: string;
  name: string;
  sessionId: string;
}

/**
 * Checks a password sign-in against the throttle, then the credentials.
 * Wrong credentials give null; a blocked account or address gives
 * RATE_LIMITED with the wait in words, the same for every email, known or
 * not. A blocked attempt is refused before the password is checked, so
 * guessing goes no faster by ignoring the message. Success starts a
 * Session row, whose id the JWT carries.
 */
export async function signInWithPassword(attempt: SignInAttempt): Promise<SignedIn | null> {
  const now = attempt.now ?? new Date();
  const keys = throttleKeys(attempt.email, attempt.address);
  const wait = await throttleWait(keys, now);
  if (wait > 0) throw throttled(wait);

  const user = await findUserForSignIn(attempt.email, attempt.password);
  if (!user) {
    const blocked = await recordFailure(keys, now);
    if (blocked > 0) throw throttled(blocked);
    return null;
  }
  await clearAccountFailures(attempt.email);
  const { sessionId } = await startSession(user, { userAgent: attempt.userAgent, now });
  return { id: user.id, email: user.email, name: user.name, sessionId };
}

/** RATE_LIMITED with the wait in words; also used where a password is re-checked (changing one's own). */
export function throttled(waitMs: number): AppError {
  return new AppError("RATE_LIMITED", tooManyAttemptsMessage(waitMs), {
    retryAfterSeconds: Math.ceil(waitMs / 1000),
  });
}
