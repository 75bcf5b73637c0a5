import type { APIRequestContext } from "@playwright/test";
import { bearer, createToken, expectApi } from "../../support/api";
import { ApiWriter, tokenFor, type Json } from "./api-writer";
import { joinAll, type Coverage } from "./coverage";
import { writeVerdictsAndDiscussion } from "./hostile-api-verdicts";
import { asParagraphs } from "./hostile-db";
import type { HostileUser } from "./hostile-records";
import type { Payload } from "./corpus";

/*
 * The API path: the same corpus through /api/v1 with tokens, as a CMS
 * script would send it, so the values went through the real validation and
 * use cases (trimming, source reuse, audit events for the timeline). Fields
 * have length limits here, so each gets as many payloads as fit (pack), from
 * a different starting point per field.
 */

export interface ApiFixture {
  articleId: string;
  claimIds: string[];
  ratingIds: string[];
  shown: { title: string; byline: string; statement: string; comment: string; tokenName: string };
}

export async function createApiFixture(
  request: APIRequestContext,
  payloads: Payload[],
  users: HostileUser[],
  coverage: Coverage,
): Promise<ApiFixture> {
  // The API may refuse control characters (issue 11); those payloads go through the database path only.
  const usable = payloads.filter((payload) => !payload.hasControlCharacter);
  const writer = new ApiWriter(request, usable, coverage);
  const [admin, editor] = await Promise.all([createToken("admin"), createToken("editor")]);
  // Token names are user input too: the tokens page lists them.
  const tokenName = `Token ${joinAll(usable).text}`;
  coverage.add(
    "db",
    "apiToken.name",
    usable.map((p) => p.id),
  );
  const [alice, bob, carol] = (await Promise.all(users.map((user) => tokenFor(user, tokenName)))) as [
    string,
    string,
    string,
  ];

  await writer.call(admin, "PATCH", "/api/v1/settings", "updateSettings", 200, {
    organizationName: writer.field("settings.organizationName", 100),
    showReviewerNames: true,
  });
  const ratings: Array<{ id: string; key: string }> = [];
  for (const [index, color] of ["#1d4ed8", "#b91c1c", "#15803d"].entries()) {
    const body = await writer.call<{ rating: { id: string; key: string } }>(
      admin,
      "POST",
      "/api/v1/ratings",
      "createRating",
      201,
      {
        label: writer.field("rating.label", 40),
        color,
        shortCode: ['"><', "<i>", "'/>"][index],
        definition: writer.field("rating.definition", 200),
        value: index + 2,
      },
    );
    ratings.push(body.rating);
  }

  const text = ["Plain opening paragraph for the API article.", ...asParagraphs(usable)].join("\n\n");
  // Validation refuses a javascript: source URL; the database path covers rendering one.
  const refused = await request.post("/api/v1/articles", {
    headers: bearer(editor),
    data: { title: "refused", text: "x", sourceUrl: "javascript:__xss(23)" },
  });
  await expectApi(request, refused, "createArticle", 422);
  const title = writer.field("article.title", 300);
  const byline = writer.field("article.byline", 200);
  const { article } = await writer.call<{ article: { id: string } }>(
    editor,
    "POST",
    "/api/v1/articles",
    "createArticle",
    201,
    {
      title,
      byline,
      dateline: writer.field("article.dateline", 200),
      publishedAt: "2025-04-28",
      // Valid http(s), yet full of characters that would break out of an unescaped attribute.
      sourceUrl: `https://news.example.org/a?q="><img src=x onerror=__xss(59)>&r=' onmouseover='__xss(60)`,
      text,
    },
  );
  coverage.add(
    "api",
    "article.text",
    usable.map((p) => p.id),
  );
  coverage.add("api", "article.sourceUrl", [59, 60]);

  const claims: Array<{ id: string; version: number; statement: string }> = [];
  for (const id of [1, 8, 20, 47]) {
    const { claim } = await writer.call<{ claim: { id: string; version: number; statement: string } }>(
      editor,
      "POST",
      `/api/v1/articles/${article.id}/claims`,
      "createClaim",
      201,
      {
        selector: { exact: usable.find((p) => p.id === id)!.text },
        statement: writer.field("claim.statement", 600),
        claimant: writer.field("claim.claimant", 200),
      },
    );
    claims.push(claim);
  }
  const { comment } = await writeVerdictsAndDiscussion(
    writer,
    { alice, bob, carol, editor },
    claims,
    ratings.map((rating) => rating.key),
    usable,
    coverage,
  );
  // A second text revision with a hostile note; the claims keep their quotes, so they stay anchored.
  await writer.call(editor, "PATCH", `/api/v1/articles/${article.id}`, "updateArticle", 200, {
    baseRevision: 1,
    text: `${text}\n\nA paragraph added in revision 2.`,
    note: writer.field("article.revisionNote", 500),
  });

  return {
    articleId: article.id,
    claimIds: claims.map((claim) => claim.id),
    ratingIds: ratings.map((rating) => rating.id),
    shown: { title, byline, statement: claims[0]!.statement, comment, tokenName },
  };
}

/** Publishes a report through the API (as the demo editor); returns the version. */
/**
 * Publishes with the claims not yet checked listed (so their hostile text is
 * on the public pages too) and, when given, a correction note.
 */
export async function publishReport(
  request: APIRequestContext,
  articleId: string,
  correction?: string,
): Promise<number> {
  const editor = await createToken("editor");
  const body = await expectApi<{ publication: { version: number } } & Json>(
    request,
    await request.post(`/api/v1/articles/${articleId}/publications`, {
      headers: bearer(editor),
      data: { includePending: true, ...(correction ? { correction } : {}) },
    }),
    "publishReport",
    201,
  );
  return body.publication?.version ?? 0;
}
