import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { checkedArticle, publish, unpublish } from "./testing/published-article";

const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { listPublishedFactChecks } = await import("./list-published-fact-checks");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

const ids: Record<string, string> = {};

beforeAll(async () => {
  for (const name of ["twice", "withdrawn", "republished", "draft", "latest"]) {
    ids[name] = await checkedArticle(`Feed test: ${name}`);
  }
  await publish(ids.twice!);
  await publish(ids.withdrawn!);
  await publish(ids.republished!);
  await unpublish(ids.republished!);
  await publish(ids.twice!);
  await unpublish(ids.withdrawn!);
  await publish(ids.republished!);
  await publish(ids.latest!);
});

// Published on TEST_ORIGIN; the app has moved since.
const SERVED_ON = "https://desk.example.org";

describe("listPublishedFactChecks", () => {
  it("serves every snapshot on the app's origin of today, not the one it was published from", async () => {
    const listed = await listPublishedFactChecks(SERVED_ON);
    expect(listed.length).toBeGreaterThan(0);
    for (const model of listed)
      expect(model.reportUrl).toBe(`${SERVED_ON}/public/reports/${model.article.id}`);
  });

  it("lists each published article once, at its latest live version, never a withdrawn or draft one", async () => {
    const listed = await listPublishedFactChecks(SERVED_ON);
    const mine = listed.filter((model) => Object.values(ids).includes(model.article.id));
    expect(mine.map((model) => [model.article.id, model.publication?.version]).sort()).toEqual(
      [
        [ids.latest, 1],
        [ids.republished, 2],
        [ids.twice, 2],
      ].sort(),
    );
    // The whole list (the demo data may have published reports too) holds one entry per article.
    expect(new Set(listed.map((model) => model.article.id)).size).toBe(listed.length);
    const live = await db.reportPublication.findMany({ where: { withdrawnAt: null } });
    for (const model of listed) {
      const latest = Math.max(...live.filter((p) => p.articleId === model.article.id).map((p) => p.version));
      expect(model.publication?.version).toBe(latest);
    }
    expect(new Set(live.map((p) => p.articleId)).size).toBe(listed.length);
  });

  it("puts the most recently published first", async () => {
    const listed = await listPublishedFactChecks(SERVED_ON);
    const dates = listed.map((model) => model.publication!.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(listed[0]!.article.id).toBe(ids.latest);
  });

  it("stops at the limit", async () => {
    const listed = await listPublishedFactChecks(SERVED_ON, 2);
    expect(listed).toHaveLength(2);
    expect(listed[0]!.article.id).toBe(ids.latest);
  });

  it("leaves out a report whose stored snapshot cannot be read, and lists the others", async () => {
    const broken = await checkedArticle("Feed test: broken");
    const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@example.com" } });
    const before = (await listPublishedFactChecks(SERVED_ON)).map((model) => model.article.id);
    for (const [version, snapshot] of [
      [1, "{}"],
      [2, "not json"],
    ] as const) {
      await db.reportPublication.create({
        data: { articleId: broken, version, snapshot, publishedById: editor.id, publishedAt: new Date() },
      });
      const listed = (await listPublishedFactChecks(SERVED_ON)).map((model) => model.article.id);
      expect(listed).not.toContain(broken);
      expect(listed).toEqual(before);
    }
  });
});
