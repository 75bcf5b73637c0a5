import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleSort } from "@/lib/articles-search/article-list-options";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor, failure } from "@/lib/data/testing/test-helpers";
import type { ClaimStatus } from "@/lib/review/claim-status";
import { insertTestArticle } from "./api-test-helpers";

// Search, filters and sorts of the articles list against a real, migrated
// database (SQLite, or PostgreSQL with TEST_POSTGRES_URL).
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { listArticlesPage } = await import("./list-articles-page");
const { listArticles } = await import("./list-articles");
type Query = Parameters<typeof listArticlesPage>[1];

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

interface Fixture {
  title: string;
  text: string;
  /** The current revision's text, when the article was revised. */
  revisedText?: string;
  createdAt: string;
  updatedAt: string;
  claims: ClaimStatus[];
  report?: "live" | "withdrawn";
  /** Demo users by email: the article's assignee and lead editor, and the assignee of its first claim. */
  assignee?: string;
  leadEditor?: string;
  claimAssignee?: string;
  /** YYYY-MM-DD. */
  dueAt?: string;
}

// progress: mayor 1/2, budget 1/1, zebra 0 (no claims), harbour 1/3 (one dismissed), tram 1/2.
// owners: mayor the reviewer (lead: the editor); budget the second reviewer through a claim (lead: the
// admin); harbour the second reviewer; tram the reviewer through a claim; zebra nobody.
// due: harbour 1 May, mayor and budget 1 June, zebra and tram never.
const reviewer = "reviewer@example.com";
const reviewer2 = "reviewer2@example.com";
const fixtures: Record<string, Fixture> = {
  mayor: {
    title: "Mayor promises 500 homes",
    text: "The housing plan was announced on Monday.",
    createdAt: "2025-01-10T12:00:00.000Z",
    updatedAt: "2025-04-01T00:00:00.000Z",
    claims: ["approved", "in_review"],
    report: "live",
    assignee: reviewer,
    leadEditor: "editor@example.com",
    dueAt: "2025-06-01",
  },
  budget: {
    title: "Budget review",
    text: "The MAYOR's office said 50% of the rent_control fund is spent.",
    createdAt: "2025-02-10T00:00:00.000Z",
    updatedAt: "2025-02-11T00:00:00.000Z",
    claims: ["approved"],
    report: "withdrawn",
    claimAssignee: reviewer2,
    leadEditor: "admin@example.com",
    dueAt: "2025-06-01",
  },
  zebra: {
    title: "Crossing safety",
    text: "The first draft mentioned zebra crossings.",
    revisedText: "The council counted pedestrian crossings.",
    createdAt: "2025-03-10T23:59:59.999Z",
    updatedAt: "2025-05-01T00:00:00.000Z",
    claims: [],
  },
  harbour: {
    title: "Harbour dredging",
    text: "The harbour will be dredged at a cost of 5000 pounds.",
    createdAt: "2025-03-11T00:00:00.000Z",
    updatedAt: "2025-03-12T00:00:00.000Z",
    claims: ["approved", "needs_verdict", "needs_verdict", "dismissed"],
    assignee: reviewer2,
    dueAt: "2025-05-01",
  },
  tram: {
    title: "Tram extension",
    text: "The tram line will reach the airport.",
    createdAt: "2025-03-11T00:00:00.000Z",
    updatedAt: "2025-03-12T00:00:00.000Z",
    claims: ["approved", "disputed"],
    claimAssignee: reviewer,
  },
};
const ids: Record<string, string> = {};
const userIds: Record<string, string> = {};
const userId = async (email: string | undefined) =>
  email ? (userIds[email] ??= (await actor(email)).id) : null;
const nameOf = (id: string) => Object.keys(ids).find((name) => ids[name] === id);

beforeAll(async () => {
  await db.article.deleteMany();
  const editor = await actor("editor@example.com");
  for (const [name, fixture] of Object.entries(fixtures)) {
    const id = await insertTestArticle(editor, fixture.text, fixture.title);
    ids[name] = id;
    if (fixture.revisedText) {
      await db.articleRevision.create({ data: { articleId: id, number: 2, text: fixture.revisedText } });
      await db.article.update({ where: { id }, data: { revision: 2 } });
    }
    for (const [index, status] of fixture.claims.entries())
      await db.claim.create({
        data: {
          articleId: id,
          anchoredRevision: 1,
          exact: "The",
          start: 0,
          end: 3,
          statement: `${index}`,
          status,
          assigneeId: index === 0 ? await userId(fixture.claimAssignee) : null,
        },
      });
    if (fixture.report)
      await db.reportPublication.create({
        data: {
          articleId: id,
          version: 1,
          snapshot: "{}",
          withdrawnAt: fixture.report === "withdrawn" ? new Date() : null,
        },
      });
    await db.article.update({
      where: { id },
      data: {
        createdAt: new Date(fixture.createdAt),
        updatedAt: new Date(fixture.updatedAt),
        assigneeId: await userId(fixture.assignee),
        leadEditorId: await userId(fixture.leadEditor),
        dueAt: fixture.dueAt ? new Date(`${fixture.dueAt}T00:00:00.000Z`) : null,
      },
    });
  }
});

/** The names of every article the query lists, following nextCursor page by page. */
async function walk(query: Query): Promise<string[]> {
  const viewer = await actor("viewer@example.com");
  const names: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 20; pages++) {
    const page = await listArticlesPage(viewer, { ...query, cursor });
    expect(page.articles.length).toBeLessThanOrEqual(query.limit);
    names.push(...page.articles.map((article) => nameOf(article.id) ?? article.id));
    cursor = page.nextCursor ?? undefined;
    if (!cursor) break;
  }
  return names;
}

/** The same list walked one article at a time must equal it read in one page. */
async function expectListed(query: Omit<Query, "limit">, expected: string[]) {
  expect(await walk({ ...query, limit: 100 })).toEqual(expected);
  expect(await walk({ ...query, limit: 1 })).toEqual(expected);
}

/** Ties between articles created (or changed) in the same millisecond are broken by id, descending. */
const byIdDescending = (...names: string[]) => [...names].sort((a, b) => (ids[a]! < ids[b]! ? 1 : -1));
/** Ties on the due sort, which runs the other way, by id ascending. */
const byIdAscending = (...names: string[]) => byIdDescending(...names).reverse();

describe("searching the articles list", () => {
  it("finds words in the title, case-insensitively", async () => {
    await expectListed({ q: "mayor" }, ["budget", "mayor"]);
    await expectListed({ q: "HARBOUR dredging" }, ["harbour"]);
  });

  it("finds words in the current text only, not in earlier revisions", async () => {
    await expectListed({ q: "airport" }, ["tram"]);
    await expectListed({ q: "pedestrian" }, ["zebra"]);
    await expectListed({ q: "zebra" }, []);
  });

  it("matches % and _ literally", async () => {
    // Unescaped, "50%" would also match "500 homes" and "5000 pounds".
    await expectListed({ q: "50%" }, ["budget"]);
    await expectListed({ q: "rent_control" }, ["budget"]);
    await expectListed({ q: "t_am" }, []);
  });
});

describe("filtering the articles list", () => {
  it("keeps the days of the date range, both ends included (UTC)", async () => {
    await expectListed({ createdFrom: "2025-02-10", createdTo: "2025-03-10" }, ["zebra", "budget"]);
    await expectListed({ createdFrom: "2025-03-11" }, byIdDescending("harbour", "tram"));
    await expectListed({ createdTo: "2025-01-10" }, ["mayor"]);
  });

  it("filters by published state", async () => {
    await expectListed({ published: "published" }, ["mayor"]);
    await expectListed({ published: "withdrawn" }, ["budget"]);
    await expectListed({ published: "not_published" }, [...byIdDescending("harbour", "tram"), "zebra"]);
  });

  it("filters by the stored article status", async () => {
    await db.article.update({
      where: { id: ids.tram },
      data: { status: "disputed", updatedAt: new Date(fixtures.tram!.updatedAt) },
    });
    await expectListed({ status: "disputed" }, ["tram"]);
  });

  it("filters by assignee: the article's own, or any of its claims'", async () => {
    await expectListed({ assignee: userIds[reviewer] }, ["tram", "mayor"]);
    await expectListed({ assignee: userIds[reviewer2] }, ["harbour", "budget"]);
  });

  it("filters by nobody: no assignee on the article nor on any of its claims", async () => {
    await expectListed({ assignee: "none" }, ["zebra"]);
  });

  it("filters by lead editor, or by none", async () => {
    await expectListed({ leadEditor: (await actor("editor@example.com")).id }, ["mayor"]);
    await expectListed({ leadEditor: (await actor("admin@example.com")).id }, ["budget"]);
    await expectListed({ leadEditor: "none" }, [...byIdDescending("harbour", "tram"), "zebra"]);
  });

  it("lists nothing for a user id nobody has", async () => {
    await expectListed({ assignee: "cm0nobody0000000000000000" }, []);
    await expectListed({ leadEditor: "cm0nobody0000000000000000" }, []);
  });

  it("combines the person filters with each other and with the others", async () => {
    await expectListed({ assignee: userIds[reviewer], leadEditor: "none" }, ["tram"]);
    await expectListed({ assignee: userIds[reviewer2], published: "withdrawn" }, ["budget"]);
  });

  it("combines search, filters and sort, page by page", async () => {
    // "the" is in every text; of those never published, by progress: 1/2, 1/3, none.
    await expectListed({ q: "the", published: "not_published", sort: "progress" }, [
      "tram",
      "harbour",
      "zebra",
    ]);
  });
});

describe("sorting the articles list", () => {
  it.each<[ArticleSort, () => string[]]>([
    ["newest", () => [...byIdDescending("harbour", "tram"), "zebra", "budget", "mayor"]],
    ["activity", () => ["zebra", "mayor", ...byIdDescending("harbour", "tram"), "budget"]],
    ["progress", () => ["budget", ...byIdDescending("mayor", "tram"), "harbour", "zebra"]],
    ["due", () => ["harbour", ...byIdAscending("mayor", "budget"), ...byIdAscending("zebra", "tram")]],
  ])("sorts by %s, each page following the last", async (sort, expected) => {
    await expectListed({ sort }, expected());
  });

  it("sorts by due date within a filter, and pages back through it", async () => {
    await expectListed({ sort: "due", assignee: userIds[reviewer2] }, ["harbour", "budget"]);
    const viewer = await actor("viewer@example.com");
    const query = { sort: "due" as const, limit: 2 };
    const pages = [await listArticles(viewer, query)];
    while (pages.at(-1)!.nextCursor)
      pages.push(await listArticles(viewer, { ...query, cursor: pages.at(-1)!.nextCursor! }));
    expect(pages.map((page) => page.articles.length)).toEqual([2, 2, 1]);
    // Back from the last page (undated) and the middle one (a tie across the page break).
    for (const index of [2, 1]) {
      const back = await listArticles(viewer, { ...query, before: pages[index]!.previousCursor! });
      expect(back.articles.map((article) => nameOf(article.id))).toEqual(
        pages[index - 1]!.articles.map((article) => nameOf(article.id)),
      );
    }
  });

  it("goes back a page with previousCursor, filters kept", async () => {
    const viewer = await actor("viewer@example.com");
    const query = { sort: "progress" as const, published: "not_published" as const, limit: 1 };
    const first = await listArticles(viewer, query);
    const second = await listArticles(viewer, { ...query, cursor: first.nextCursor! });
    const back = await listArticles(viewer, { ...query, before: second.previousCursor! });
    expect(back.articles.map((article) => article.id)).toEqual(first.articles.map((article) => article.id));
    expect(second.articles[0]!.id).not.toBe(first.articles[0]!.id);
  });

  it("refuses a cursor made for another sort", async () => {
    const viewer = await actor("viewer@example.com");
    const { nextCursor } = await listArticlesPage(viewer, { sort: "progress", limit: 1 });
    const error = await failure(listArticlesPage(viewer, { sort: "newest", limit: 1, cursor: nextCursor! }));
    expect(error.code).toBe("VALIDATION");
    expect(error.details?.fields).toHaveProperty("cursor", expect.stringMatching(/progress/));
  });

  it.each([
    ["a due cursor on another sort", ["due", "2025-06-01T00:00:00.000Z", "x"], "activity", /due sort/],
    ["a due cursor holding a plain day", ["due", "2025-06-01", "x"], "due", /not one this API gave out/],
  ] as const)("refuses %s, saying so", async (_name, parts, sort, message) => {
    const viewer = await actor("viewer@example.com");
    const cursor = Buffer.from(JSON.stringify(parts)).toString("base64url");
    const error = await failure(listArticlesPage(viewer, { sort, limit: 1, cursor }));
    expect(error.code).toBe("VALIDATION");
    expect(error.details?.fields).toHaveProperty("cursor", expect.stringMatching(message));
  });
});
