import { expect, test } from "@playwright/test";
import { demoUser, signIn } from "../support/demo";

/**
 * callbackUrl values that try to send the browser somewhere else after
 * sign-in (as the raw value, before it is percent-encoded into the query),
 * each with the path it must land on instead. Browsers drop tabs and
 * newlines from URLs and read backslashes as slashes, so "/\t/evil.example"
 * is "//evil.example" to them.
 */
const tricks: Array<[name: string, value: string, landsOn: string]> = [
  ["a tab between the slashes (%09)", "/\t/evil.example/", "/"],
  ["a newline between the slashes (%0A)", "/\n/evil.example/", "/"],
  ["a carriage return between the slashes (%0D)", "/\r/evil.example/", "/"],
  ["CR LF between the slashes", "/\r\n/evil.example/", "/"],
  ["a tab before the slashes", "\t//evil.example/", "/"],
  ["a backslash (%5C)", "/\\evil.example/", "/"],
  ["two backslashes", "\\\\evil.example/", "/"],
  ["a slash and a backslash", "\\/evil.example/", "/"],
  ["a protocol-relative URL (//)", "//evil.example/", "/"],
  ["three slashes", "///evil.example/", "/"],
  ["another site over https", "https://evil.example/", "/"],
  ["another site without slashes", "https:evil.example", "/"],
  ["our host name inside another site's", "https://127.0.0.1.evil.example/", "/"],
  ["credentials in front of another host", "//user:pass@evil.example/", "/"],
  ["a javascript: URL", "javascript:alert(document.domain)", "/"],
  ["a javascript: URL with a tab in the scheme", "java\tscript:alert(1)", "/"],
  ["a data: URL", "data:text/html,<script>alert(1)</script>", "/"],
  ["a leading space", " //evil.example/", "/"],
  // Percent-encoded once more: the page receives "%2F%2F…", a path on our site, never decoded again into "//".
  ["encoded slashes", "%2F%2Fevil.example", "/%2F%2Fevil.example"],
  ["an encoded tab", "/%09/evil.example", "/%09/evil.example"],
  ["an encoded backslash", "/%5Cevil.example", "/%5Cevil.example"],
  ["an encoded scheme", "https%3A%2F%2Fevil.example", "/https%3A%2F%2Fevil.example"],
];

const withCallback = (value: string) => `/signin?callbackUrl=${encodeURIComponent(value)}`;

test.describe("sign-in redirects stay on this site", () => {
  test("signing in through the form from a callbackUrl trick always lands on this site", async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const origin = new URL(baseURL!).origin;
    const leftSite: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).origin !== origin && request.isNavigationRequest())
        leftSite.push(request.url());
    });
    const user = demoUser("viewer");
    // One browser page, signed out again before each trick: each step is a fresh sign-in.
    for (const [name, value, landsOn] of tricks) {
      await test.step(name, async () => {
        await page.context().clearCookies();
        await page.goto(withCallback(value));
        await page.getByLabel("Email").fill(user.email);
        await page.getByLabel("Password").fill(user.password);
        await page.getByRole("button", { name: "Sign in" }).click();
        // Some safe landings are paths this site does not have (a 404 page): wait for leaving sign-in, not for the header.
        await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
        await page.waitForLoadState("load");
        const landed = new URL(page.url());
        expect(landed.origin, name).toBe(origin);
        expect(`${landed.pathname}${landed.search}`, name).toBe(landsOn);
        expect(leftSite, name).toEqual([]);
      });
    }
  });

  test("signed in, /signin?callbackUrl= answers with a same-origin path, for every trick", async ({
    page,
    baseURL,
  }) => {
    await signIn(page, "viewer");
    for (const [name, value, landsOn] of tricks) {
      const response = await page.request.get(withCallback(value), { maxRedirects: 0 });
      expect(response.status(), name).toBe(307);
      const location = response.headers()["location"]!;
      // A path, never a URL with a host, nor anything a browser would read as one.
      expect(location, name).toMatch(/^\/(?![/\\])/);
      expect(location, name).not.toMatch(/[\t\n\r\\]/);
      expect(new URL(location, baseURL).origin, name).toBe(new URL(baseURL!).origin);
      expect(location, name).toBe(landsOn);
    }
  });

  test("a same-site callbackUrl still brings you back where you were", async ({ page }) => {
    await signIn(page, "viewer", withCallback("/my-work?tab=reviews"));
    expect(new URL(page.url()).pathname).toBe("/my-work");
  });

  test("next-auth's own sign-in endpoint answers with a same-origin URL only", async ({
    request,
    baseURL,
  }) => {
    const user = demoUser("viewer");
    for (const [name, value] of tricks) {
      const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const response = await request.post("/api/auth/callback/credentials", {
        form: { csrfToken, email: user.email, password: user.password, callbackUrl: value, json: "true" },
        maxRedirects: 0,
      });
      const { url } = (await response.json()) as { url: string };
      expect(new URL(url).origin, name).toBe(new URL(baseURL!).origin);
    }
  });
});
