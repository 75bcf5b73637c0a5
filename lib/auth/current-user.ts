import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { findSessionUser } from "@/lib/data/sessions/find-session-user";
import { authOptions } from "./options";
import type { SessionUser } from "./roles";

export interface CurrentSession {
  user: SessionUser;
  sessionId: string;
}

/**
 * The signed-in user and their session, or null. The cookie only names a
 * Session row; the row and the user are read from the database, so a
 * session that was ended, or a user who was deactivated, is signed out on
 * the next request, and a new role applies at once. Cached per request.
 */
export const getCurrentSession = cache(async function getCurrentSession(): Promise<CurrentSession | null> {
  const session = await getServerSession(authOptions);
  const sessionId = session?.sessionId;
  if (!sessionId) return null;
  const user = await findSessionUser(sessionId);
  return user ? { user, sessionId } : null;
});

/** The signed-in user, or null. */
export async function getCurrentUser(): Promise<SessionUser | null> {
  return (await getCurrentSession())?.user ?? null;
}

/**
 * The signed-in user, or a redirect to sign-in that returns to `returnTo`.
 * The proxy already redirects anonymous visitors; this is the check that
 * holds even if a request reaches a page some other way.
 */
export async function requireUser(returnTo = "/"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
