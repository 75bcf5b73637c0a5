import { database } from "../../support/fixtures";
import type { DbFixture } from "./hostile-db";

export interface CleanupScope {
  startedAt: Date;
  settings: Array<{ key: string; value: string }>;
}

/** Notes what is there before the spec writes anything: the time, and the settings rows. */
export async function openCleanupScope(): Promise<CleanupScope> {
  const db = await database();
  const settings = await db.setting.findMany({ select: { key: true, value: true } });
  return { startedAt: new Date(), settings };
}

/**
 * Removes everything the spec wrote, even when the setup stopped half-way:
 * the articles made since it started (with their claims, verdicts, comments
 * and publications) and the stored one, the ratings and unused sources made
 * since, the hostile users, and the settings rows as they were. Specs run
 * one at a time (one worker), so "made since" is this spec's own data; later
 * specs in the same run then see the usual data.
 */
export async function cleanUpHostileData(scope: CleanupScope | undefined, stored: DbFixture | undefined) {
  if (!scope || process.env.XSS_KEEP_FIXTURES === "1") return;
  const db = await database();
  const since = { gte: scope.startedAt };
  await db.article.deleteMany({
    where: { OR: [{ createdAt: since }, ...(stored ? [{ id: stored.articleId }] : [])] },
  });
  await db.rating.deleteMany({ where: { createdAt: since, verdictRevisions: { none: {} } } });
  await db.source.deleteMany({ where: { createdAt: since, citations: { none: {} } } });
  await db.user.deleteMany({ where: { createdAt: since, email: { startsWith: "xss-" } } });
  await db.$transaction([
    db.setting.deleteMany({ where: { key: { notIn: scope.settings.map((row) => row.key) } } }),
    ...scope.settings.map((row) =>
      db.setting.update({ where: { key: row.key }, data: { value: row.value } }),
    ),
  ]);
  const left = {
    articles: await db.article.count({ where: { createdAt: since } }),
    ratings: await db.rating.count({ where: { createdAt: since } }),
    users: await db.user.count({ where: { email: { startsWith: "xss-" } } }),
  };
  if (Object.values(left).some((count) => count > 0)) {
    throw new Error(`Hostile data left behind: ${JSON.stringify(left)}`);
  }
}
