import { authenticateToken } from "@/lib/auth/authenticate-token";
import type { SessionUser } from "@/lib/auth/roles";
import { findSessionUser } from "@/lib/data/sessions/find-session-user";
import { bearerToken, type ApiCaller } from "@/lib/http/authenticate-request";

/**
 * How a long-lived connection re-checks its caller: the session row again,
 * or the token again. Null once it ended, was revoked or its user was
 * deactivated, so signing out everywhere also stops the live feed.
 */
export function recheckCaller(caller: ApiCaller, request: Request): () => Promise<SessionUser | null> {
  if (caller.via === "session" && caller.sessionId) {
    const sessionId = caller.sessionId;
    return () => findSessionUser(sessionId);
  }
  const token = bearerToken(request.headers.get("authorization") ?? "");
  return async () => {
    if (!token) return null;
    try {
      return (await authenticateToken(token)).user;
    } catch {
      return null;
    }
  };
}
