import { expect, test } from "@playwright/test";
import { bearer, createToken, expectApi } from "../support/api";

/**
 * The whole fact-check, driven through the API only, with a token per role:
 * what a newsroom script or CMS integration does.
 */
const text = [
  "The city council approved a budget of 12 million euros on Monday.",
  "Unemployment fell to 4 percent last year, the mayor said.",
  "The new bridge will open in 2027, according to the transport office.",
].join("\n\n");

test("an article goes from import to a published report through the API", async ({ request }) => {
  test.setTimeout(90_000);
  const [editor, reviewer, reviewer2, viewer] = await Promise.all(
    (["editor", "reviewer", "reviewer2", "viewer"] as const).map((role) => createToken(role)),
  );
  const as = (token: string) => ({ headers: bearer(token!) });

  // Who am I: each token acts with its owner's role.
  const me = await expectApi<{ user: { role: string }; authenticatedBy: string }>(
    request,
    await request.get("/api/v1/me", as(viewer!)),
    "getMe",
    200,
  );
  expect(me.user.role).toBe("viewer");
  expect(me.authenticatedBy).toBe("token");

  // The editor creates the article.
  const title = `API workflow ${Date.now()}`;
  const createdArticle = await request.post("/api/v1/articles", {
    ...as(editor!),
    data: { title, text, byline: "By A. Reporter", dateline: "BERLIN", publishedAt: "2026-11-02" },
  });
  const { article } = await expectApi<{ article: { id: string; revision: number } }>(
    request,
    createdArticle,
    "createArticle",
    201,
  );
  expect(createdArticle.headers().location).toBe(`/api/v1/articles/${article.id}`);
  const fetched = await expectApi<{ article: { title: string; text: string; status: string } }>(
    request,
    await request.get(createdArticle.headers().location!, as(viewer!)),
    "getArticle",
    200,
  );
  expect(fetched.article).toMatchObject({ title, text, status: "unchecked" });

  // Claims by quote and by position.
  const byQuote = await expectApi<{ claim: { id: string; selector: { exact: string }; version: number } }>(
    request,
    await request.post(`/api/v1/articles/${article.id}/claims`, {
      ...as(editor!),
      data: {
        selector: { exact: "Unemployment fell to 4 percent last year" },
        claimant: "The mayor",
        type: "statistic",
      },
    }),
    "createClaim",
    201,
  );
  expect(byQuote.claim.selector.exact).toBe("Unemployment fell to 4 percent last year");
  const start = text.indexOf("The new bridge");
  const end = text.indexOf(" according") - 1;
  const byPosition = await expectApi<{ claim: { id: string; selector: { exact: string }; version: number } }>(
    request,
    await request.post(`/api/v1/articles/${article.id}/claims`, {
      ...as(editor!),
      data: { selector: { start, end } },
    }),
    "createClaim",
    201,
  );
  expect(byPosition.claim.selector.exact).toBe("The new bridge will open in 2027");

  // The reviewer writes a verdict with sources and submits it.
  const { ratings } = await expectApi<{ ratings: Array<{ key: string }> }>(
    request,
    await request.get("/api/v1/ratings", as(reviewer!)),
    "listRatings",
    200,
  );
  expect(ratings.map((rating) => rating.key)).toContain("mostly-true");
  const verdictBody = {
    rating: "false",
    summary: "Unemployment rose to 5 percent last year.",
    rationale: "The statistics office reports **5.1 percent**.",
    sources: [
      {
        url: "https://stats.example.org/unemployment-2025",
        title: "Labour market 2025",
        publisher: "Statistics Office",
      },
    ],
    submit: true,
  };
  const createdVerdict = await request.post(`/api/v1/claims/${byQuote.claim.id}/verdicts`, {
    ...as(reviewer!),
    data: verdictBody,
  });
  const { verdict } = await expectApi<{
    verdict: { id: string; state: string; currentVersion: number; lockVersion: number };
  }>(request, createdVerdict, "createVerdict", 201);
  expect(verdict.state).toBe("submitted");
  expect(createdVerdict.headers().location).toBe(`/api/v1/verdicts/${verdict.id}`);

  // The second reviewer requests changes.
  const changes = await expectApi<{
    verdict: { lockVersion: number; review: { changesRequested: boolean } };
  }>(
    request,
    await request.post(`/api/v1/verdicts/${verdict.id}/reviews`, {
      ...as(reviewer2!),
      data: {
        decision: "request_changes",
        comment: "Cite the table, not the press release.",
        version: verdict.currentVersion,
      },
    }),
    "reviewVerdict",
    201,
  );
  expect(changes.verdict.review.changesRequested).toBe(true);
  const claimAfterChanges = await expectApi<{ claim: { status: string } }>(
    request,
    await request.get(`/api/v1/claims/${byQuote.claim.id}`, as(viewer!)),
    "getClaim",
    200,
  );
  expect(claimAfterChanges.claim.status).toBe("changes_requested");

  // The author revises; the second reviewer approves the new revision.
  const revised = await expectApi<{ verdict: { currentVersion: number; lockVersion: number } }>(
    request,
    await request.patch(`/api/v1/verdicts/${verdict.id}`, {
      ...as(reviewer!),
      data: {
        ...verdictBody,
        sources: [...verdictBody.sources, { url: "https://stats.example.org/table-13", title: "Table 13" }],
        // The review moved the verdict's lock: revise from the state the review answered with.
        baseVersion: changes.verdict.lockVersion,
      },
    }),
    "reviseVerdict",
    200,
  );
  expect(revised.verdict.currentVersion).toBe(2);
  const approved = await expectApi<{ verdict: { review: { approved: boolean } } }>(
    request,
    await request.post(`/api/v1/verdicts/${verdict.id}/reviews`, {
      ...as(reviewer2!),
      data: { decision: "approve", version: revised.verdict.currentVersion },
    }),
    "reviewVerdict",
    201,
  );
  expect(approved.verdict.review.approved).toBe(true);

  // The editor dismisses the prediction, which cannot be checked yet, and comments.
  await expectApi(
    request,
    await request.patch(`/api/v1/claims/${byPosition.claim.id}`, {
      ...as(editor!),
      data: {
        version: byPosition.claim.version,
        dismissal: { dismissed: true, reason: "A forecast: nothing to check yet." },
      },
    }),
    "updateClaim",
    200,
  );
  await expectApi(
    request,
    await request.post(`/api/v1/claims/${byQuote.claim.id}/comments`, {
      ...as(editor!),
      data: { body: "Thanks — ready for the report." },
    }),
    "addComment",
    201,
  );

  // The aggregated status: every claim done, ready to publish.
  const done = await expectApi<{
    article: { status: string; summary: { readyToPublish: boolean; percentDone: number } };
  }>(request, await request.get(`/api/v1/articles/${article.id}`, as(viewer!)), "getArticle", 200);
  expect(done.article.status).toBe("ready_to_publish");
  expect(done.article.summary).toMatchObject({ readyToPublish: true, percentDone: 100 });
  const approvedClaims = await expectApi<{
    claims: Array<{ id: string; currentVerdict: { rating: { key: string } } | null }>;
  }>(
    request,
    await request.get(`/api/v1/articles/${article.id}/claims?status=approved&rating=false`, as(viewer!)),
    "listClaims",
    200,
  );
  expect(approvedClaims.claims.map((claim) => claim.id)).toEqual([byQuote.claim.id]);
  let cursor: string | null = null;
  const ready: string[] = [];
  do {
    const page: { articles: Array<{ id: string }>; nextCursor: string | null } = await expectApi(
      request,
      await request.get(
        `/api/v1/articles?status=ready_to_publish&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
        as(viewer!),
      ),
      "listArticles",
      200,
    );
    ready.push(...page.articles.map((item) => item.id));
    cursor = page.nextCursor;
  } while (cursor);
  expect(ready).toContain(article.id);

  // Every report format downloads.
  const expectations: Record<string, (body: Buffer, type: string) => void> = {
    html: (body, type) => {
      expect(type).toContain("text/html");
      expect(body.toString()).toContain("Unemployment rose to 5 percent last year.");
    },
    pdf: (body, type) => {
      expect(type).toBe("application/pdf");
      expect(body.subarray(0, 5).toString()).toBe("%PDF-");
    },
    md: (body) => expect(body.toString()).toContain("Unemployment rose to 5 percent last year."),
    json: (body) => expect(JSON.stringify(JSON.parse(body.toString()))).toContain(byQuote.claim.id),
    csv: (body) => expect(body.toString()).toContain("Unemployment fell to 4 percent last year"),
    claimreview: (body) => {
      const reviews = JSON.parse(body.toString()) as Array<{
        "@type": string;
        reviewRating: { alternateName: string };
      }>;
      expect(reviews.map((review) => [review["@type"], review.reviewRating.alternateName])).toEqual([
        ["ClaimReview", "False"],
      ]);
    },
    w3c: (body, type) => {
      expect(type).toContain("anno.jsonld");
      expect(body.toString()).toContain("TextQuoteSelector");
    },
  };
  for (const [format, check] of Object.entries(expectations)) {
    const response = await request.get(`/api/v1/articles/${article.id}/report?format=${format}`, as(viewer!));
    expect(response.status(), format).toBe(200);
    expect(response.headers()["content-disposition"]).toContain("attachment");
    check(await response.body(), response.headers()["content-type"] ?? "");
  }

  // Publishing makes the report public.
  const published = await request.post(`/api/v1/articles/${article.id}/publications`, as(editor!));
  await expectApi(request, published, "publishReport", 201);
  expect((await request.get(`/public/reports/${article.id}`)).status()).toBe(200);
});
