import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { bearer, createToken } from "../support/api";
import { expectBaselineHeaders, nonceOf, parseCsp, scriptTags, watchViolations } from "../support/csp";
import { openSampleArticle, signIn } from "../support/demo";
import { createFixtureArticle } from "../support/fixtures";
import { startPageServer } from "../support/page-server";

/** Checks a page's headers and that every script in its raw HTML carries this response's nonce; returns the nonce. */
async function expectNoncedPage(response: APIResponse): Promise<string> {
  expect(response.status()).toBe(200);
  expectBaselineHeaders(response);
  const headers = response.headers();
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"]).toBeUndefined();
  const policy = parseCsp(headers["content-security-policy"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'none'"]);
  expect(policy.get("script-src")).toContain("'strict-dynamic'");
  expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
  expect(policy.get("script-src")).not.toContain("'unsafe-eval'");
  const nonce = nonceOf(policy);
  const scripts = scriptTags(await response.text());
  expect(scripts.filter((script) => script.inline).length, "the page has inline scripts").toBeGreaterThan(0);
  // With 'strict-dynamic', scripts loaded by src need the nonce too.
  expect(scripts.filter((script) => !script.dataBlock && script.nonce !== nonce).map((s) => s.tag)).toEqual(
    [],
  );
  return nonce;
}

async function expectFreshNonces(http: APIRequestContext, path: string) {
  const first = await expectNoncedPage(await http.get(path));
  const second = await expectNoncedPage(await http.get(path));
  expect(second, `${path}: a new nonce for each response`).not.toBe(first);
}

async function publishedReport(http: APIRequestContext): Promise<string> {
  const article = await createFixtureArticle(
    ["Exports rose 12% in March, the ministry said."],
    [{ quote: "Exports rose 12% in March", verdicts: 1, approved: true }],
  );
  const published = await http.post(`/api/v1/articles/${article.id}/publications`, {
    headers: bearer(await createToken("editor")),
  });
  expect(published.status()).toBe(201);
  return `/public/reports/${article.id}`;
}

test.describe("security headers", () => {
  test("a signed-in page: every script carries the response's nonce, new on each request", async ({
    page,
  }) => {
    await signIn(page, "editor");
    await expectFreshNonces(page.request, "/");
    const article = new URL(await openSampleArticle(page)).pathname;
    await expectFreshNonces(page.request, article);
    await expectFreshNonces(page.request, "/my-work");
  });

  test("the sign-in page, and the 404 page (no longer prerendered)", async ({ request }) => {
    await expectFreshNonces(request, "/signin");
    const missing = await request.get("/signin/does-not-exist");
    expect(missing.status()).toBe(404);
    expect(scriptTags(await missing.text()).every((script) => script.dataBlock || script.nonce)).toBe(true);
  });

  test("the pages work in Chromium with no CSP violation", async ({ page }) => {
    test.setTimeout(120_000);
    const violations = await watchViolations(page);
    const seen: string[] = [];
    // Signing in needs the form hydrated: blocked scripts would leave its button disabled.
    await signIn(page, "admin");
    seen.push(...(await violations()));
    await openSampleArticle(page);
    seen.push(...(await violations()));
    for (const [path, heading] of [
      ["/my-work", "My work"],
      ["/articles/new", "Import an article"],
      ["/settings/tokens", "API tokens"],
      ["/admin/ratings", "Rating scale"],
      ["/api-docs", "Fact-check annotation API"],
      ["/nowhere", "Page not found"],
    ]) {
      await page.goto(path!);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(heading!);
      const problems = await violations();
      // The 404 page is answered with status 404, which Chromium logs as a failed load.
      const expected = path === "/nowhere" ? /status of 404/ : null;
      seen.push(...problems.filter((p) => !expected?.test(p)).map((problem) => `${path}: ${problem}`));
    }
    expect(seen).toEqual([]);
  });

  test("API responses: nothing may load or run, nobody may frame them", async ({ request }) => {
    const token = bearer(await createToken("viewer"));
    const answers = {
      "a JSON answer": await request.get("/api/v1/me", { headers: token }),
      "the proxy's 401": await request.get("/api/v1/me"),
      "a 405": await request.put("/api/v1/articles", { headers: token, data: {} }),
      "the catch-all's 404": await request.get("/api/v1/nothing-here", { headers: token }),
      "the OpenAPI document": await request.get("/api/v1/openapi.json"),
    };
    for (const [what, response] of Object.entries(answers)) {
      expectBaselineHeaders(response);
      expect(response.headers()["content-security-policy"], what).toBe(
        "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      );
      expect(response.headers()["x-frame-options"], what).toBe("DENY");
    }
    expect(answers["a 405"].status()).toBe(405);
    expect(answers["a 405"].headers()["allow"]).toBe("GET, HEAD, OPTIONS, POST");
  });

  test("a public report: embeddable, no script runs, its JSON-LD intact", async ({ page, request }) => {
    const url = await publishedReport(request);
    const response = await request.get(url);
    expect(response.status()).toBe(200);
    expectBaselineHeaders(response);
    expect(response.headers()["x-frame-options"]).toBeUndefined();
    const policy = parseCsp(response.headers()["content-security-policy"]);
    expect(policy.get("frame-ancestors")).toEqual(["*"]);
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("style-src")).toEqual(["'unsafe-inline'"]);
    expect(policy.has("script-src")).toBe(false);
    const scripts = scriptTags(await response.text());
    expect(scripts.length, "ClaimReview JSON-LD").toBeGreaterThan(0);
    expect(scripts.filter((script) => !script.dataBlock)).toEqual([]);

    const violations = await watchViolations(page);
    await page.goto(url);
    const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
    expect(JSON.parse(jsonLd ?? "{}")["@type"]).toBe("ClaimReview");
    await expect(page.getByText("Exports rose 12% in March").first()).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test("another site may frame a public report, but never the app's pages", async ({
    page,
    request,
    baseURL,
  }) => {
    const url = await publishedReport(request);
    const site = await startPageServer({
      "/embed": ({ html }) =>
        html(`<!doctype html><title>Embed</title>
          <iframe name="report" src="${baseURL}${url}"></iframe>
          <iframe name="app" src="${baseURL}/signin"></iframe>`),
    });
    try {
      await page.goto(site.url("/embed"));
      const report = page.frameLocator('iframe[name="report"]');
      await expect(report.getByText("Exports rose 12% in March").first()).toBeVisible();
      // The sign-in page refuses the frame: it never shows the form there.
      await page.waitForLoadState("load");
      const app = page.frames().find((frame) => frame.name() === "app");
      expect(app).toBeDefined();
      await expect(page.frameLocator('iframe[name="app"]').getByLabel("Email")).toHaveCount(0);
      expect(app!.url()).not.toBe(`${baseURL}/signin`);
    } finally {
      await site.close();
    }
  });

  test("HSTS, and upgrade-insecure-requests, only when served over https", async ({ request }) => {
    const https = { "X-Forwarded-Proto": "https" };
    for (const path of ["/signin", "/api/v1/openapi.json"]) {
      expect((await request.get(path)).headers()["strict-transport-security"], path).toBeUndefined();
      const secure = await request.get(path, { headers: https });
      expect(secure.headers()["strict-transport-security"], path).toBe("max-age=31536000");
    }
    const secure = parseCsp(
      (await request.get("/signin", { headers: https })).headers()["content-security-policy"],
    );
    expect(secure.has("upgrade-insecure-requests")).toBe(true);
    const plain = parseCsp((await request.get("/signin")).headers()["content-security-policy"]);
    expect(plain.has("upgrade-insecure-requests")).toBe(false);
  });

  test("the pages behind single-use links send no Referer at all", async ({ request }) => {
    for (const path of ["/join/fcl_not-a-real-secret", "/reset-password/fcl_not-a-real-secret"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.headers()["referrer-policy"], path).toBe("no-referrer");
      expectBaselineHeaders(response);
    }
  });

  test("static files are served with nosniff", async ({ request }) => {
    const html = await (await request.get("/signin")).text();
    const script = /<script[^>]+src="(\/_next\/static\/[^"]+)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const asset = await request.get(script!);
    expect(asset.status()).toBe(200);
    expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
  });
});
