/*
 * Signing in as a person does: next-auth's credentials flow for the session
 * cookie the pages need, then a personal access token from the API (tokens
 * can only be created from a session).
 */

const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0]!)
    .filter((pair) => !pair.endsWith("="));

/** The `Cookie` header of a signed-in browser session. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/`, json: "true" }),
  });
  const session = cookiesOf(response).find((pair) => pair.includes("session-token="));
  if (!session) throw new Error(`Signing in as ${email} failed (HTTP ${response.status})`);
  return session;
}

/** A new personal access token of the signed-in user. */
export async function createToken(baseUrl: string, cookie: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/tokens`, {
    method: "POST",
    headers: { cookie, origin: baseUrl, "content-type": "application/json" },
    body: JSON.stringify({ name: `bench:load ${new Date().toISOString()}` }),
  });
  const body = (await response.json()) as { secret?: string };
  if (!response.ok || !body.secret) throw new Error(`Creating a token failed (HTTP ${response.status})`);
  return body.secret;
}

/** The first script of the page's HTML: a static asset of the same build. */
export async function findStaticAsset(baseUrl: string, pagePath: string, cookie: string): Promise<string> {
  const html = await (await fetch(`${baseUrl}${pagePath}`, { headers: { cookie } })).text();
  const asset = /\/_next\/static\/[^"'\s]+\.js/.exec(html)?.[0];
  if (!asset) throw new Error(`No /_next/static script found in ${pagePath}`);
  return asset;
}
