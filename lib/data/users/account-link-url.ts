import type { AccountLinkPurpose } from "@/lib/data/account-links/account-link-purpose";

/** The page each kind of link opens; the secret is the last path segment. */
const pageOf: Record<Exclude<AccountLinkPurpose, "setup">, string> = {
  invite: "/join/",
  password_reset: "/reset-password/",
};

/** The absolute URL of a link, on the app's public origin (lib/http/public-origin.ts). */
export function accountLinkUrl(
  origin: string,
  purpose: Exclude<AccountLinkPurpose, "setup">,
  secret: string,
): string {
  return new URL(`${pageOf[purpose]}${encodeURIComponent(secret)}`, origin).toString();
}
