import { afterAll, describe, expect, it } from "vitest";
import { insertTestArticle } from "@/lib/data/articles/api-test-helpers";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor } from "@/lib/data/testing/test-helpers";
import { readSse } from "./read-sse.test-helper";

// The hub and the SSE route against a real, migrated database (SQLite, or PostgreSQL with TEST_POSTGRES_URL).
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { GET } = await import("@/app/api/v1/live/route");
const { createClaim } = await import("@/lib/data/claims/create-claim");
const { addComment } = await import("@/lib/data/comments/add-comment");
const { createApiToken } = await import("@/lib/data/tokens/create-api-token");
const { revokeApiToken } = await import("@/lib/data/tokens/revoke-api-token");
const { openLiveStream } = await import("./live-stream");
const { liveHub } = await import("./live-hub");

afterAll(async () => {
  liveHub().stop();
  await db.$disconnect();
  database.dispose();
});

const text = "The mayor said 300 homes were built. In 2024, 120 were finished.";
const aborts: AbortController[] = [];
afterAll(() => aborts.forEach((abort) => abort.abort()));

async function tokenFor(email: string) {
  const user = await actor(email);
  const { secret, token } = await createApiToken(user, { name: `live ${Math.random()}` }, { via: "session" });
  return { user, secret, tokenId: token.id };
}

/** Opens GET /api/v1/live as the token's owner; the connection is closed after the tests. */
async function connect(secret: string, query: string, headers: Record<string, string> = {}) {
  const abort = new AbortController();
  aborts.push(abort);
  const request = new Request(`http://localhost/api/v1/live?${query}`, {
    headers: { authorization: `Bearer ${secret}`, ...headers },
    signal: abort.signal,
  });
  const response = await GET(request, { params: Promise.resolve({}) });
  return { response, abort };
}

async function open(secret: string, query: string, headers: Record<string, string> = {}) {
  const { response, abort } = await connect(secret, query, headers);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  const events = readSse(response.body!);
  await events.waitForComment("ready");
  return { events, abort };
}

describe("live updates", () => {
  it("tells a viewer of the article, by name, that a claim was marked, with its audit number as the event id", async () => {
    const editor = await actor("editor@example.com");
    const articleId = await insertTestArticle(editor, text);
    const { secret } = await tokenFor("viewer@example.com");
    const { events } = await open(secret, `articleId=${articleId}`);

    const claim = await createClaim(editor, articleId, {
      selector: { exact: "120 were finished" },
      type: "other",
    });

    const change = await events.next("change");
    const row = await db.liveEvent.findFirstOrThrow({ where: { articleId }, orderBy: { seq: "desc" } });
    expect(change.id).toBe(String(row.seq));
    expect(change.data).toMatchObject({
      articleId,
      claimId: claim.id,
      action: "claim.marked",
      mine: false,
      notice: `${editor.name} marked claim “120 were finished”`,
    });
  });

  it("replays exactly the events after Last-Event-ID when a browser reconnects", async () => {
    const editor = await actor("editor@example.com");
    const reviewer = await actor("reviewer@example.com");
    const articleId = await insertTestArticle(editor, text);
    const claim = await createClaim(editor, articleId, { selector: { exact: "300 homes" }, type: "other" });
    const seen = await db.liveEvent.findFirstOrThrow({ where: { articleId }, orderBy: { seq: "desc" } });
    // Missed while disconnected: two comments on this article, and a change to another article.
    await addComment(reviewer, claim.id, { body: "Source?" });
    await addComment(editor, claim.id, { body: "Council minutes." });
    const other = await insertTestArticle(editor, text);
    await createClaim(editor, other, { selector: { exact: "300 homes" }, type: "other" });

    const { secret } = await tokenFor("viewer@example.com");
    const { events } = await open(secret, `articleId=${articleId}`, { "last-event-id": String(seen.seq) });

    const missed = await db.liveEvent.findMany({
      where: { articleId, seq: { gt: seen.seq } },
      orderBy: { seq: "asc" },
    });
    expect(missed).toHaveLength(2);
    const replayed = [await events.next("change"), await events.next("change")];
    expect(replayed.map((event) => event.id)).toEqual(missed.map((row) => String(row.seq)));
    expect(replayed.map((event) => event.data.notice)).toEqual([
      `${reviewer.name} commented on claim “300 homes”`,
      `${editor.name} commented on claim “300 homes”`,
    ]);
    expect(events.received("change")).toHaveLength(2);
  });

  it("sends nothing about another article, and follows every article on My work", async () => {
    const editor = await actor("editor@example.com");
    const followed = await insertTestArticle(editor, text);
    const other = await insertTestArticle(editor, text);
    const { secret } = await tokenFor("reviewer@example.com");
    const article = await open(secret, `articleId=${followed}`);
    const everything = await open(secret, "");

    await createClaim(editor, other, { selector: { exact: "300 homes" }, type: "other" });
    await createClaim(editor, followed, { selector: { exact: "120 were finished" }, type: "other" });

    expect((await article.events.next("change")).data).toMatchObject({ articleId: followed });
    expect(article.events.received("change")).toHaveLength(1);
    const first = await everything.events.next("change");
    const second = await everything.events.next("change");
    expect([first.data.articleId, second.data.articleId]).toEqual([other, followed]);
  });

  it("refuses a revoked token, and a missing article", async () => {
    const editor = await actor("editor@example.com");
    const articleId = await insertTestArticle(editor, text);
    const { user, secret, tokenId } = await tokenFor("viewer@example.com");
    expect((await connect(secret, "articleId=no-such-article")).response.status).toBe(404);
    await revokeApiToken(user, tokenId);
    const { response } = await connect(secret, `articleId=${articleId}`);
    expect(response.status).toBe(401);
  });

  it("stops a connection whose caller was signed out, so later changes reach them no more", async () => {
    const editor = await actor("editor@example.com");
    const viewer = await actor("viewer@example.com");
    const articleId = await insertTestArticle(editor, text);
    let valid = true;
    const abort = new AbortController();
    aborts.push(abort);
    const stream = openLiveStream({
      user: viewer,
      recheckUser: async () => (valid ? viewer : null),
      articleId,
      presence: false,
      lastEventId: null,
      signal: abort.signal,
      heartbeatMs: 50,
    });
    const events = readSse(stream);
    await events.waitForComment("ready");
    valid = false;
    expect((await events.next("signed-out")).data.message).toMatch(/Sign in again/);
    await events.closed();
    await createClaim(editor, articleId, { selector: { exact: "300 homes" }, type: "other" });
    expect(events.received("change")).toHaveLength(0);
  });

  it("names the other people viewing the article, and hears when one leaves", async () => {
    const editor = await actor("editor@example.com");
    const articleId = await insertTestArticle(editor, text);
    const viewer = await tokenFor("viewer@example.com");
    const reviewer = await tokenFor("reviewer@example.com");
    const mine = await open(viewer.secret, `articleId=${articleId}&presence=1`);
    expect((await mine.events.next("presence")).data.people).toEqual([]);

    const theirs = await open(reviewer.secret, `articleId=${articleId}&presence=1`);
    expect((await theirs.events.next("presence")).data.people).toEqual([{ name: viewer.user.name }]);
    expect((await mine.events.next("presence")).data.people).toEqual([{ name: reviewer.user.name }]);

    theirs.abort.abort();
    expect((await mine.events.next("presence")).data.people).toEqual([]);
    expect(await db.presence.count({ where: { articleId } })).toBe(1);
  });
});
