import { expect, type APIRequestContext, type PlaywrightWorkerArgs } from "@playwright/test";

/**
 * Browser sessions without a browser: next-auth's own sign-in over HTTP in
 * an APIRequestContext, which keeps the session cookie like a browser would.
 * Each context is its own session (its own Session row), so tests can end
 * one without touching any other.
 */
type Playwright = PlaywrightWorkerArgs["playwright"];

/**
 * Signs in with email and password and checks the session works. `forwardedFor`
 * is the client address the throttle sees (the e2e server trusts one proxy hop):
 * a documentation address keeps a failed sign-in here from slowing the other
 * tests' 127.0.0.1.
 */
export async function signInOverHttp(
  playwright: Playwright,
  baseURL: string,
  credentials: { email: string; password: string },
  forwardedFor = "203.0.113.61",
): Promise<APIRequestContext> {
  const http = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { "X-Forwarded-For": forwardedFor },
  });
  const { csrfToken } = (await (await http.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signedIn = await http.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: credentials.email, password: credentials.password, json: "true" },
    maxRedirects: 0,
  });
  expect(signedIn.status(), `sign-in as ${credentials.email}: ${await signedIn.text()}`).toBeLessThan(400);
  const me = await http.get("/api/v1/me");
  expect(me.status(), `GET /api/v1/me after signing in as ${credentials.email}`).toBe(200);
  const body = (await me.json()) as { user: { email: string }; authenticatedBy: string };
  expect(body).toMatchObject({ user: { email: credentials.email }, authenticatedBy: "session" });
  return http;
}

/**
 * Signs the session out through next-auth, then puts the old cookie back:
 * what someone who saved the cookie before sign-out still holds.
 */
export async function signOutKeepingCookie(http: APIRequestContext): Promise<void> {
  const saved = await http.storageState();
  const { csrfToken } = (await (await http.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signedOut = await http.post("/api/auth/signout", {
    form: { csrfToken, json: "true" },
    maxRedirects: 0,
  });
  expect(signedOut.status(), `sign-out: ${await signedOut.text()}`).toBeLessThan(400);
  const sessionCookies = saved.cookies.filter((cookie) => cookie.name.includes("session-token"));
  expect(sessionCookies.length, "a session cookie was saved before sign-out").toBeGreaterThan(0);
  await http.clearCookies();
  await http.addCookies(sessionCookies);
}
