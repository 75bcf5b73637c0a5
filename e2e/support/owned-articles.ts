import { randomUUID } from "node:crypto";
import { createFixtureArticle, database } from "./fixtures";

/**
 * Three articles sharing a word no other article has, with owners and due
 * days: "mine" is Rita's (its assignee), led by Eddie, overdue since 2024;
 * "shared" is Rita's through its one claim, with no lead editor, due in
 * 2099; "free" has no owner, no lead editor and no due day. Made in that
 * order, so newest first lists free, shared, mine.
 */
export async function createOwnedArticles() {
  const word = `zq${randomUUID().slice(0, 8)}`;
  const mine = await createFixtureArticle([`Owned report on ${word}.`]);
  const shared = await createFixtureArticle(
    [`The mayor said 300 homes were built, on ${word}.`],
    [{ quote: "300 homes" }],
  );
  const free = await createFixtureArticle([`Free report on ${word}.`]);
  const db = await database();
  const rita = await db.user.findUniqueOrThrow({ where: { email: "reviewer@example.com" } });
  const eddie = await db.user.findUniqueOrThrow({ where: { email: "editor@example.com" } });
  await db.article.update({
    where: { id: mine.id },
    data: { assigneeId: rita.id, leadEditorId: eddie.id, dueAt: new Date("2024-02-01T00:00:00Z") },
  });
  await db.article.update({ where: { id: shared.id }, data: { dueAt: new Date("2099-06-30T00:00:00Z") } });
  await db.claim.update({ where: { id: shared.claimIds[0]! }, data: { assigneeId: rita.id } });
  return { word, mine, shared, free, ritaId: rita.id, eddieId: eddie.id };
}
