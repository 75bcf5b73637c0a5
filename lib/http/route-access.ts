/** True when `pathname` is `base` itself or a path below it ("/signin", "/signin/x"; not "/signinx"). */
export function isPathUnder(pathname: string, base: string): boolean {
  return pathname === base || pathname.startsWith(`${base}/`);
}

/**
 * The addresses anyone may open without signing in; everything else needs a
 * session or a Bearer token. Kept in this one list: the proxy checks it on
 * every request (its matcher only leaves out static files, so the security
 * headers reach these pages too).
 */
export const ANONYMOUS_PATHS = [
  "/signin",
  // Published reports.
  "/public",
  // The pages and API behind single-use account links, and the first admin's setup.
  "/join",
  "/reset-password",
  "/setup",
  "/api/v1/account-links",
  // next-auth's own endpoints, and the API's description.
  "/api/auth",
  "/api/v1/openapi.json",
  // Load balancers' and monitors' health check.
  "/api/health",
] as const;

/** Pages whose address carries a single-use secret: their Referer must never leave the browser. */
export const SECRET_LINK_PATHS = ["/join", "/reset-password"] as const;

export function isAnonymousPath(pathname: string): boolean {
  return ANONYMOUS_PATHS.some((path) => isPathUnder(pathname, path));
}
