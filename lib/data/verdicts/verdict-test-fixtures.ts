import type { VerdictContentInput } from "@/lib/schemas/verdict";

/*
 * Fixtures for the verdict integration tests. The Prisma client is imported
 * lazily, so a test file can call createTempDatabase() first.
 */

/** A new article by the demo editor with one claim; returns the claim's id. */
export async function newClaim(): Promise<string> {
  const { db } = await import("@/lib/db/client");
  const { insertArticle } = await import("@/lib/data/articles/insert-article");
  const { syncStatuses } = await import("@/lib/data/statuses/sync-statuses");
  const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@example.com" } });
  const text = "The ministry said 5,000 troops were sent.";
  return db.$transaction(async (tx) => {
    const article = await insertArticle(
      tx,
      { title: "Troops", byline: null, dateline: null, publishedAt: null, sourceUrl: null, text },
      editor.id,
    );
    const claim = await tx.claim.create({
      data: {
        articleId: article.id,
        anchoredRevision: 1,
        exact: "5,000 troops were sent",
        start: 18,
        end: 40,
        statement: "5,000 troops were sent.",
      },
    });
    await syncStatuses(tx, { claimIds: [claim.id] });
    return claim.id;
  });
}

export const source = {
  url: "https://example.org/briefing",
  title: "Ministry briefing",
  publisher: "Ministry",
  excerpt: null,
  archiveUrl: null,
};

/** Verdict content that may be submitted (one source), with overrides. */
export const content = (over: Partial<VerdictContentInput> = {}): VerdictContentInput => ({
  rating: "mostly-true",
  summary: "About 5,000 troops were sent, by two counts.",
  rationale: "",
  sources: [source],
  submit: true,
  ...over,
});

/** The verdict's current lock version, to send as `baseVersion`. */
export async function lockOf(verdictId: string): Promise<number> {
  const { db } = await import("@/lib/db/client");
  return (await db.verdict.findUniqueOrThrow({ where: { id: verdictId } })).lockVersion;
}
