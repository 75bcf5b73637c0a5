import { expect, test } from "@playwright/test";
import { bearer, createToken, expectApi } from "../support/api";
import { createFixtureArticle, storedClaims } from "../support/fixtures";

/** Every error status the API promises, each produced by a real request, each in the one error shape. */
test.describe("API errors", () => {
  test("401 without a token, with a malformed header, or with an unknown token", async ({ request }) => {
    await expectApi(request, await request.get("/api/v1/me"), "getMe", 401);
    await expectApi(
      request,
      await request.get("/api/v1/me", { headers: { Authorization: "Basic abc" } }),
      "getMe",
      401,
    );
    const unknown = await expectApi<{ error: { code: string; message: string } }>(
      request,
      await request.get("/api/v1/me", { headers: bearer("fca_not-a-real-token") }),
      "getMe",
      401,
    );
    expect(unknown.error.code).toBe("UNAUTHORIZED");
    expect(unknown.error.message).toMatch(/token/);
  });

  test("401 with an expired or a revoked token", async ({ request }) => {
    const expired = await createToken("editor", { expiresAt: new Date(Date.now() - 1000) });
    const revoked = await createToken("editor", { revoked: true });
    await expectApi(
      request,
      await request.get("/api/v1/articles", { headers: bearer(expired) }),
      "listArticles",
      401,
    );
    await expectApi(
      request,
      await request.get("/api/v1/articles", { headers: bearer(revoked) }),
      "listArticles",
      401,
    );
  });

  test("403 when the role may not act, and nothing is written", async ({ request }) => {
    const viewer = await createToken("viewer");
    const reviewer = await createToken("reviewer");
    const article = await createFixtureArticle(["Prices rose 3 percent in May."]);
    const body = await expectApi<{ error: { code: string } }>(
      request,
      await request.post(`/api/v1/articles/${article.id}/claims`, {
        headers: bearer(viewer),
        data: { selector: { exact: "Prices rose 3 percent" } },
      }),
      "createClaim",
      403,
    );
    expect(body.error.code).toBe("FORBIDDEN");
    await expectApi(
      request,
      await request.post(`/api/v1/articles/${article.id}/claims`, {
        headers: bearer(reviewer),
        data: { selector: { exact: "Prices rose 3 percent" } },
      }),
      "createClaim",
      403,
    );
    await expectApi(
      request,
      await request.get("/api/v1/settings", { headers: bearer(reviewer) }),
      "getSettings",
      403,
    );
    expect(await storedClaims(article.id)).toEqual([]);
  });

  test("404 for unknown ids", async ({ request }) => {
    const viewer = await createToken("viewer");
    const editor = await createToken("editor");
    await expectApi(
      request,
      await request.get("/api/v1/articles/nope", { headers: bearer(viewer) }),
      "getArticle",
      404,
    );
    await expectApi(
      request,
      await request.get("/api/v1/claims/nope", { headers: bearer(viewer) }),
      "getClaim",
      404,
    );
    await expectApi(
      request,
      await request.get("/api/v1/verdicts/nope", { headers: bearer(viewer) }),
      "getVerdict",
      404,
    );
    await expectApi(
      request,
      await request.get("/api/v1/articles/nope/report?format=md", { headers: bearer(viewer) }),
      "downloadReport",
      404,
    );
    await expectApi(
      request,
      await request.post("/api/v1/articles/nope/claims", {
        headers: bearer(editor),
        data: { selector: { exact: "x" } },
      }),
      "createClaim",
      404,
    );
  });

  test("404 in the error shape for an address the API does not have", async ({ request }) => {
    const viewer = await createToken("viewer");
    for (const response of [
      await request.get("/api/v1/nothing-here", { headers: bearer(viewer) }),
      await request.post("/api/v1/articles/x/unknown", { headers: bearer(viewer), data: {} }),
    ]) {
      expect(response.status()).toBe(404);
      expect((await response.json()).error).toMatchObject({ code: "NOT_FOUND" });
    }
  });

  test("409 on a stale version, with the current version in the body", async ({ request }) => {
    const editor = await createToken("editor");
    const article = await createFixtureArticle(
      ["Prices rose 3 percent in May."],
      [{ quote: "Prices rose 3 percent" }],
    );
    const claimId = article.claimIds[0]!;
    await expectApi(
      request,
      await request.patch(`/api/v1/claims/${claimId}`, {
        headers: bearer(editor),
        data: { version: 1, claimant: "Minister" },
      }),
      "updateClaim",
      200,
    );
    const conflict = await expectApi<{
      error: { code: string; details: { current: { version: number; claimant: string } } };
    }>(
      request,
      await request.patch(`/api/v1/claims/${claimId}`, {
        headers: bearer(editor),
        data: { version: 1, claimant: "Someone else" },
      }),
      "updateClaim",
      409,
    );
    expect(conflict.error.code).toBe("CONFLICT");
    expect(conflict.error.details.current).toMatchObject({ version: 2, claimant: "Minister" });
  });

  test("400, 413, 415 and 422 for bad bodies, and nothing is written", async ({ request }) => {
    const editor = await createToken("editor");
    const before = (
      await expectApi<{ articles: unknown[] }>(
        request,
        await request.get("/api/v1/articles?limit=100", { headers: bearer(editor) }),
        "listArticles",
        200,
      )
    ).articles.length;
    await expectApi(
      request,
      await request.post("/api/v1/articles", {
        headers: { ...bearer(editor), "Content-Type": "application/json" },
        data: Buffer.from("{ not json"),
      }),
      "createArticle",
      400,
    );
    await expectApi(
      request,
      await request.post("/api/v1/articles", {
        headers: { ...bearer(editor), "Content-Type": "text/plain" },
        data: Buffer.from("title: x"),
      }),
      "createArticle",
      415,
    );
    await expectApi(
      request,
      await request.post("/api/v1/articles", {
        headers: { ...bearer(editor), "Content-Type": "application/json" },
        data: JSON.stringify({ title: "Huge", text: "x".repeat(6 * 1024 * 1024) }),
      }),
      "createArticle",
      413,
    );
    const invalid = await expectApi<{ error: { code: string; details: { fields: Record<string, string> } } }>(
      request,
      await request.post("/api/v1/articles", {
        headers: bearer(editor),
        data: { title: "", text: "Some text." },
      }),
      "createArticle",
      422,
    );
    expect(invalid.error.code).toBe("VALIDATION");
    expect(Object.keys(invalid.error.details.fields).join(" ")).toContain("title");
    await expectApi(
      request,
      await request.get("/api/v1/articles?limit=1000", { headers: bearer(editor) }),
      "listArticles",
      422,
    );
    const after = (
      await expectApi<{ articles: unknown[] }>(
        request,
        await request.get("/api/v1/articles?limit=100", { headers: bearer(editor) }),
        "listArticles",
        200,
      )
    ).articles.length;
    expect(after).toBe(before);
  });

  test("429 with Retry-After once a token has used up its requests", async ({ request }) => {
    const token = await createToken("viewer");
    let limited: Awaited<ReturnType<typeof request.get>> | undefined;
    // The e2e server allows 120 requests a minute per token (API_RATE_LIMIT_PER_MINUTE).
    for (let i = 0; i < 200 && !limited; i++) {
      const response = await request.get("/api/v1/me", { headers: bearer(token) });
      if (response.status() === 429) limited = response;
      else expect(response.status()).toBe(200);
    }
    expect(limited, "the limit was reached").toBeDefined();
    expect(Number(limited!.headers()["retry-after"])).toBeGreaterThan(0);
    await expectApi(request, limited!, "getMe", 429);
    // Other tokens are not affected.
    await expectApi(
      request,
      await request.get("/api/v1/me", { headers: bearer(await createToken("viewer")) }),
      "getMe",
      200,
    );
  });

  test("429 for a browser session too, which has its own allowance", async ({ page, request }) => {
    const { signIn } = await import("../support/demo");
    await signIn(page, "viewer");
    let limited: Awaited<ReturnType<typeof page.request.get>> | undefined;
    for (let i = 0; i < 200 && !limited; i++) {
      const response = await page.request.get("/api/v1/me");
      if (response.status() === 429) limited = response;
      else expect(response.status()).toBe(200);
    }
    expect(limited, "the limit was reached").toBeDefined();
    expect(Number(limited!.headers()["retry-after"])).toBeGreaterThan(0);
    const body = await expectApi<{ error: { message: string } }>(request, limited!, "getMe", 429);
    expect(body.error.message).toMatch(/^Too many requests from this session\. Try again in \d+ s\.$/);
    // A token of the same user has its own bucket.
    await expectApi(
      request,
      await request.get("/api/v1/me", { headers: bearer(await createToken("viewer")) }),
      "getMe",
      200,
    );
  });

  test("a session cannot be used from another site", async ({ page }) => {
    const { signIn } = await import("../support/demo");
    await signIn(page, "editor");
    const response = await page.request.post("/api/v1/articles", {
      headers: { Origin: "https://evil.example" },
      data: { title: "Cross-site", text: "Should not be created." },
    });
    expect(response.status()).toBe(403);
    expect((await response.json()).error.code).toBe("FORBIDDEN");
    const sameSite = await page.request.get("/api/v1/me");
    expect((await sameSite.json()).authenticatedBy).toBe("session");
  });
});
