import { demoUsers } from "@/lib/auth/demo-accounts";
import type { Fixtures } from "./scenarios";

/*
 * Reads what the scenarios need from the run's database through the Prisma
 * models (nothing else of the app's internals), in this process.
 */

export async function withDb<T>(
  databaseUrl: string,
  read: (db: typeof import("@/lib/db/client").db) => Promise<T>,
): Promise<T> {
  process.env.DATABASE_URL = databaseUrl;
  const { db } = await import("@/lib/db/client");
  try {
    return await read(db);
  } finally {
    await db.$disconnect();
  }
}

/** The demo article, which the demo editor created first. */
export function loadFixtures(databaseUrl: string): Promise<Fixtures> {
  const editor = demoUsers.find((user) => user.key === "editor")!;
  return withDb(databaseUrl, async (db) => {
    const article = await db.article.findFirstOrThrow({
      where: { createdBy: { email: editor.email } },
      orderBy: { createdAt: "asc" },
      include: { _count: { select: { claims: true } } },
    });
    return { articleId: article.id, articleClaims: article._count.claims };
  });
}

/** Claims without any verdict, not dismissed, off the measured article: each can take one new verdict. */
export function loadWriteTargets(databaseUrl: string, fixtures: Fixtures): Promise<string[]> {
  return withDb(databaseUrl, async (db) => {
    const claims = await db.claim.findMany({
      where: { dismissedAt: null, verdicts: { none: {} }, articleId: { not: fixtures.articleId } },
      select: { id: true },
      take: 30_000,
    });
    return claims.map(({ id }) => id);
  });
}
