import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleListResponse, articleResource } from "@/lib/api/schemas/article";
import type { ArticleStatus } from "@/lib/review/article-status";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor, failure } from "@/lib/data/testing/test-helpers";
import { startLocalServer, type LocalServer } from "@/lib/import/testing/start-local-server";
import { addVerdict, expectToMatchSchema, insertTestArticle } from "./api-test-helpers";

// Integration tests against a real, migrated SQLite database. The import
// settings are read from the environment once: let them fetch the local
// test server before anything reads them.
process.env.IMPORT_ALLOWED_HOSTS = "127.0.0.1";
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { createClaim } = await import("@/lib/data/claims/create-claim");
const { listArticlesPage } = await import("./list-articles-page");
const { syncStatuses } = await import("@/lib/data/statuses/sync-statuses");
const { getArticle } = await import("./get-article");
const { updateArticleMetadata } = await import("./update-article-metadata");
const { deleteArticle } = await import("./delete-article");
const { createArticleFromUrl } = await import("./create-article-from-url");

const newsPage = readFileSync(new URL("../../import/fixtures/news-page.html", import.meta.url), "utf8");
let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer((request, response) => {
    if (request.url === "/news")
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(newsPage);
    else if (request.url === "/empty") response.writeHead(200, { "content-type": "text/plain" }).end("");
    else if (request.url === "/long-title") {
      const html = `<title>${"Very ".repeat(80)}long</title><article><p>${"Words. ".repeat(60)}</p><p>More words here.</p></article>`;
      response.writeHead(200, { "content-type": "text/html" }).end(html);
    } else response.writeHead(404).end();
  });
});

afterAll(async () => {
  await server.close();
  await db.$disconnect();
  database.dispose();
});

const text = "The mayor said 300 new homes were built last year.\n\nThe opposition disputes that figure.";

/** An article in each status: a claim left waiting, disputed, or dismissed so nothing is left. */
async function articleIn(status: ArticleStatus): Promise<string> {
  const editor = await actor("editor@example.com");
  const articleId = await insertTestArticle(editor, text, `Article ${status}`);
  if (status === "unchecked") return articleId;
  const claim = await createClaim(editor, articleId, {
    selector: { exact: "300 new homes" },
    type: "statistic",
  });
  if (status === "disputed") {
    await addVerdict(claim.id, await actor("reviewer@example.com"), "false");
    await addVerdict(claim.id, await actor("reviewer2@example.com"), "true");
  }
  if (status === "ready_to_publish") {
    await db.claim.update({
      where: { id: claim.id },
      data: { dismissedAt: new Date(), dismissedReason: "Not checkable." },
    });
    await db.$transaction((tx) => syncStatuses(tx, { claimIds: [claim.id] }));
  }
  return articleId;
}

/** Every page of the list, following nextCursor. */
async function walk(query: { limit: number; status?: ArticleStatus }) {
  const viewer = await actor("viewer@example.com");
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await listArticlesPage(viewer, { ...query, cursor });
    expectToMatchSchema(page, articleListResponse);
    expect(page.articles.length).toBeLessThanOrEqual(query.limit);
    pages.push(page.articles.map((article) => article.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && pages.length < 100);
  return pages;
}

describe("listing articles", () => {
  beforeAll(async () => {
    const statuses: ArticleStatus[] = ["unchecked", "in_progress", "disputed", "ready_to_publish"];
    const ids = [];
    for (const status of [...statuses, ...statuses, "in_progress" as const])
      ids.push(await articleIn(status));
    // Created in the same millisecond: only the id tells them apart.
    await db.article.updateMany({
      where: { id: { in: ids.slice(2, 6) } },
      data: { createdAt: new Date("2030-01-01T00:00:00Z") },
    });
  });

  it("walks every article exactly once, newest first, in pages of 2", async () => {
    const expected = await db.article.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    const pages = await walk({ limit: 2 });
    expect(pages.flat()).toEqual(expected.map((article) => article.id));
    expect(pages.slice(0, -1).every((page) => page.length === 2)).toBe(true);
  });

  it.each<ArticleStatus>(["unchecked", "in_progress", "disputed", "ready_to_publish"])(
    "with ?status=%s, walks exactly the articles in that status, in order",
    async (status) => {
      const viewer = await actor("viewer@example.com");
      const all = (await listArticlesPage(viewer, { limit: 100 })).articles;
      const expected = all.filter((article) => article.status === status).map((article) => article.id);
      expect(expected.length).toBeGreaterThanOrEqual(2);
      const pages = await walk({ limit: 2, status });
      expect(pages.flat()).toEqual(expected);
      // The status is a stored, indexed column: every page but the last is full.
      expect(pages.slice(0, -1).every((page) => page.length === 2)).toBe(true);
    },
  );

  it("says there is no next page exactly when nothing follows", async () => {
    const viewer = await actor("viewer@example.com");
    const total = await db.article.count();
    expect((await listArticlesPage(viewer, { limit: total })).nextCursor).toBeNull();
    expect((await listArticlesPage(viewer, { limit: total - 1 })).nextCursor).not.toBeNull();
  });

  it("derives each article's status and summary from its claims", async () => {
    const viewer = await actor("viewer@example.com");
    const article = await getArticle(viewer, await articleIn("disputed"));
    expectToMatchSchema(article, articleResource);
    expect(article).toMatchObject({ status: "disputed", revision: 1, text, publishedAt: null });
    expect(article.summary).toMatchObject({ total: 1, readyToPublish: false, percentDone: 0 });
    expect(article.summary.counts.disputed).toBe(1);
  });

  it("refuses a cursor it did not give out, with a field error", async () => {
    const error = await failure(
      listArticlesPage(await actor("viewer@example.com"), { limit: 2, cursor: "bm9wZQ" }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.details?.fields).toHaveProperty("cursor");
  });

  it("answers NOT_FOUND for an unknown article", async () => {
    expect((await failure(getArticle(await actor("viewer@example.com"), "no-such-article"))).code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("editing an article's details", () => {
  it("saves the fields sent, clears those sent as null, keeps the rest, and records it", async () => {
    const editor = await actor("editor@example.com");
    const articleId = await insertTestArticle(editor, text);
    await db.article.update({
      where: { id: articleId },
      data: { byline: "By A. Writer", dateline: "LONDON" },
    });
    const before = await getArticle(editor, articleId);
    const after = await updateArticleMetadata(editor, articleId, {
      title: "Homes built",
      byline: null,
      publishedAt: "2025-03-14",
      updatedAt: before.updatedAt,
    });
    expectToMatchSchema(after, articleResource);
    expect(after).toMatchObject({
      title: "Homes built",
      byline: null,
      dateline: "LONDON",
      publishedAt: "2025-03-14",
      text,
    });
    expect(after.updatedAt).not.toBe(before.updatedAt);
    const event = await db.auditEvent.findFirstOrThrow({ where: { articleId, action: "article.edited" } });
    expect(JSON.parse(event.data)).toMatchObject({
      before: { title: "Test article", byline: "By A. Writer" },
    });
  });

  it("a stale updatedAt is refused with CONFLICT carrying the current article, and nothing is written", async () => {
    const editor = await actor("editor@example.com");
    const admin = await actor("admin@example.com");
    const articleId = await insertTestArticle(editor, text);
    const seen = await getArticle(editor, articleId);
    const first = await updateArticleMetadata(admin, articleId, {
      title: "First edit",
      updatedAt: seen.updatedAt,
    });
    const events = await db.auditEvent.count({ where: { articleId } });
    const stale = await failure(
      updateArticleMetadata(editor, articleId, { title: "Second edit", updatedAt: seen.updatedAt }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.details?.current).toEqual(first);
    expectToMatchSchema(stale.details?.current, articleResource);
    expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).title).toBe("First edit");
    expect(await db.auditEvent.count({ where: { articleId } })).toBe(events);
  });

  it("two edits from the same version at once: exactly one wins", async () => {
    const editor = await actor("editor@example.com");
    const articleId = await insertTestArticle(editor, text);
    const { updatedAt } = await getArticle(editor, articleId);
    const results = await Promise.allSettled([
      updateArticleMetadata(editor, articleId, { dateline: "A", updatedAt }),
      updateArticleMetadata(editor, articleId, { dateline: "B", updatedAt }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  });

  it.each(["reviewer@example.com", "viewer@example.com"])(
    "%s may read but not edit or delete",
    async (email) => {
      const editor = await actor("editor@example.com");
      const articleId = await insertTestArticle(editor, text);
      const who = await actor(email);
      const { updatedAt } = await getArticle(who, articleId);
      expect((await failure(updateArticleMetadata(who, articleId, { title: "x", updatedAt }))).code).toBe(
        "FORBIDDEN",
      );
      expect((await failure(deleteArticle(who, articleId))).code).toBe("FORBIDDEN");
      expect(await db.article.count({ where: { id: articleId } })).toBe(1);
    },
  );
});

describe("deleting an article", () => {
  async function checkedArticle() {
    const editor = await actor("editor@example.com");
    const articleId = await insertTestArticle(editor, text);
    const claim = await createClaim(editor, articleId, {
      selector: { start: 15, end: 28 },
      type: "statistic",
    });
    await addVerdict(claim.id, await actor("reviewer@example.com"), "false", {
      approvedBy: await actor("reviewer2@example.com"),
    });
    await db.comment.create({
      data: { claimId: claim.id, authorId: editor.id, body: "Check the council minutes." },
    });
    return { articleId, claimId: claim.id };
  }

  const rowsUnder = async (articleId: string) => ({
    revisions: await db.articleRevision.count({ where: { articleId } }),
    claims: await db.claim.count({ where: { articleId } }),
    verdicts: await db.verdict.count({ where: { claim: { articleId } } }),
    verdictRevisions: await db.verdictRevision.count({ where: { verdict: { claim: { articleId } } } }),
    reviews: await db.review.count({ where: { verdictRevision: { verdict: { claim: { articleId } } } } }),
    comments: await db.comment.count({ where: { claim: { articleId } } }),
    publications: await db.reportPublication.count({ where: { articleId } }),
  });

  it("removes the article, its claims, verdicts, reviews and comments, and keeps an audit record", async () => {
    const { articleId, claimId } = await checkedArticle();
    const verdictIds = (await db.verdict.findMany({ where: { claimId }, select: { id: true } })).map(
      (v) => v.id,
    );
    await deleteArticle(await actor("editor@example.com"), articleId);
    expect(await db.article.findUnique({ where: { id: articleId } })).toBeNull();
    expect(await rowsUnder(articleId)).toEqual({
      revisions: 0,
      claims: 0,
      verdicts: 0,
      verdictRevisions: 0,
      reviews: 0,
      comments: 0,
      publications: 0,
    });
    expect(await db.verdictRevision.count({ where: { verdictId: { in: verdictIds } } })).toBe(0);
    const event = await db.auditEvent.findFirstOrThrow({ where: { articleId, action: "article.deleted" } });
    expect(JSON.parse(event.data)).toMatchObject({
      article: { title: "Test article" },
      claims: 1,
      revisions: 1,
    });
    expect((await failure(deleteArticle(await actor("editor@example.com"), articleId))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("is refused while the report is published, leaving everything in place; allowed once withdrawn", async () => {
    const editor = await actor("editor@example.com");
    const { articleId } = await checkedArticle();
    await db.reportPublication.create({
      data: { articleId, version: 1, snapshot: "{}", publishedById: editor.id },
    });
    const before = await rowsUnder(articleId);
    const events = await db.auditEvent.count({ where: { articleId } });
    const refused = await failure(deleteArticle(editor, articleId));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toContain("Unpublish the report first");
    expect(await rowsUnder(articleId)).toEqual(before);
    expect(await db.auditEvent.count({ where: { articleId } })).toBe(events);

    await db.reportPublication.updateMany({ where: { articleId }, data: { withdrawnAt: new Date() } });
    await deleteArticle(editor, articleId);
    expect(await rowsUnder(articleId)).toMatchObject({ claims: 0, publications: 0 });
  });
});

describe("creating an article from a URL", () => {
  it("fetches and extracts the page like the import page, then saves it", async () => {
    const editor = await actor("editor@example.com");
    const { id } = await createArticleFromUrl(editor, {
      url: `${server.origin}/news`,
      allowDuplicate: false,
    });
    const article = await getArticle(editor, id);
    expectToMatchSchema(article, articleResource);
    expect(article).toMatchObject({
      title: "Harbour bridge repairs to cost $48 million, council says",
      publishedAt: "2025-03-14",
      revision: 1,
      status: "unchecked",
    });
    expect(article.text).toContain("\n\n");
    expect(article.sourceUrl).toMatch(/^http/);
    expect(await db.auditEvent.count({ where: { articleId: id, action: "article.imported" } })).toBe(1);

    const duplicate = await failure(
      createArticleFromUrl(editor, { url: `${server.origin}/news`, allowDuplicate: false }),
    );
    expect(duplicate.code).toBe("CONFLICT");
    expect(duplicate.details?.existingArticleId).toBe(id);
    const again = await createArticleFromUrl(editor, { url: `${server.origin}/news`, allowDuplicate: true });
    expect(again.id).not.toBe(id);
  });

  it("refuses a page with no article on it, and saves nothing", async () => {
    const editor = await actor("editor@example.com");
    const count = await db.article.count();
    const error = await failure(
      createArticleFromUrl(editor, { url: `${server.origin}/empty`, allowDuplicate: false }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(await db.article.count()).toBe(count);
  });

  it("refuses what an editor would have to correct in the preview, naming the problem", async () => {
    const editor = await actor("editor@example.com");
    const count = await db.article.count();
    const error = await failure(
      createArticleFromUrl(editor, { url: `${server.origin}/long-title`, allowDuplicate: false }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.details?.fields).toEqual({
      url: expect.stringContaining("Keep the title under 300 characters."),
    });
    expect(await db.article.count()).toBe(count);
  });

  it("is for editors and admins only, before anything is fetched", async () => {
    const seen = server.requests.length;
    const error = await failure(
      createArticleFromUrl(await actor("reviewer@example.com"), {
        url: `${server.origin}/news`,
        allowDuplicate: false,
      }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(server.requests.length).toBe(seen);
  });
});
