import { openSetupLinkIfNoUsers } from "@/lib/data/users/complete-setup-link";
import { publicOrigin } from "@/lib/mail/public-origin";

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
  const origin = publicOrigin(`http://localhost:${env.PORT || "3000"}`, env);
  const url = `${new URL("/setup", origin).toString()}#${link.secret}`;
  return `No accounts yet: create the first admin at ${url} (valid 24 hours; a restart prints a new link).`;
}
