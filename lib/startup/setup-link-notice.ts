import { openSetupLinkIfNoUsers } from "@/lib/data/users/complete-setup-link";
import { configuredOrigin, webOriginOf } from "@/lib/config/app-url";

/**
 * The one log line that lets a fresh deployment get its first admin, or
 * null when the database has users already. The secret goes in the URL's
 * fragment: browsers never send a fragment to a server or in a Referer, so
 * it cannot end up in an access log or another site's; the page posts it
 * in a request body.
 */
export async function setupLinkNotice(env: Record<string, string | undefined> = process.env) {
  const link = await openSetupLinkIfNoUsers();
  if (!link) return null;
  // At start there is no request: APP_URL, else the address next-auth was given, else this port.
  const origin =
    configuredOrigin(env) ?? webOriginOf(env.NEXTAUTH_URL) ?? `http://localhost:${env.PORT || "3000"}`;
  const url = `${new URL("/setup", origin).toString()}#${link.secret}`;
  return `No accounts yet: create the first admin at ${url} (valid 24 hours; a restart prints a new link).`;
}
