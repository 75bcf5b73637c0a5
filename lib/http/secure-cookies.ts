/**
 * Whether next-auth's cookies are Secure (and named `__Secure-…`/`__Host-…`):
 * when the app's public address, NEXTAUTH_URL, is https. Behind a TLS
 * reverse proxy that is the address to set; the browser then never sends the
 * session over plain http. next-auth derives the same default; the app says
 * it explicitly (lib/auth/options.ts, and the proxy's getToken) so the two
 * can never disagree about the cookie's name.
 */
export function usesSecureCookies(env: Record<string, string | undefined> = process.env): boolean {
  return (env.NEXTAUTH_URL ?? "").trim().toLowerCase().startsWith("https://");
}
