import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "./options";
import { roleSchema, type SessionUser } from "./roles";

/** The signed-in user, or null. Cached per request, so layouts and pages share one lookup. */
export const getCurrentUser = cache(async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  const role = roleSchema.safeParse(user?.role);
  if (!user?.id || !user.email || !role.success) return null;
  return { id: user.id, email: user.email, name: user.name ?? user.email, role: role.data };
});

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
