/**
 * The address links in emails and on the admin pages point to: the origin
 * of NEXTAUTH_URL, the app's public URL (npm start and npm run dev always
 * set it), and only when that is unset the origin the request came to.
 * One rule for every link, so a reverse proxy's internal address never
 * ends up in an invitation.
 */
export function publicOrigin(
  requestUrl: string,
  env: Record<string, string | undefined> = process.env,
): string {
  const configured = env.NEXTAUTH_URL?.trim();
  if (configured) {
    try {
      const url = new URL(configured);
      if (url.protocol === "http:" || url.protocol === "https:") return url.origin;
    } catch {
      // Falls back to the request's own origin.
    }
  }
  return new URL(requestUrl).origin;
}
