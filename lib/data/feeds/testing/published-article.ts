import { actor } from "@/lib/data/testing/test-helpers";
import { content } from "@/lib/data/verdicts/verdict-test-fixtures";

/*
 * Articles with one approved claim, for the feed and oEmbed integration
 * tests. Imports the use cases lazily, so a test file can call
 * createTempDatabase() first.
 */

export const TEST_ORIGIN = "https://factcheck.example";

/** A new article whose one claim has an approved verdict; not published. */
export async function checkedArticle(title: string): Promise<string> {
  const { createArticle } = await import("@/lib/data/articles/create-article");
  const { createClaim } = await import("@/lib/data/claims/create-claim");
  const { createVerdict } = await import("@/lib/data/verdicts/create-verdict");
  const { reviewVerdict } = await import("@/lib/data/verdicts/review-verdict");
  const [admin, editor, reviewer] = await Promise.all(
    ["admin@example.com", "editor@example.com", "reviewer@example.com"].map(actor),
  );
  const article = await createArticle(editor!, {
    title,
    byline: null,
    dateline: null,
    publishedAt: null,
    sourceUrl: null,
    text: "The ministry said 5,000 troops were sent.",
    allowDuplicate: false,
  });
  const claim = await createClaim(editor!, article.id, {
    span: { revision: 1, start: 18, end: 40 },
    type: "statistic",
  });
  const verdict = await createVerdict(reviewer!, claim.id, content());
  await reviewVerdict(admin!, verdict.id, { decision: "approve", comment: null, version: 1 });
  return article.id;
}

/** Publishes the article's report (again) on TEST_ORIGIN. */
export async function publish(articleId: string): Promise<void> {
  const { publishReport } = await import("@/lib/data/reports/publications");
  await publishReport(await actor("editor@example.com"), articleId, TEST_ORIGIN);
}

/** Takes the article's report down. */
export async function unpublish(articleId: string): Promise<void> {
  const { unpublishReport } = await import("@/lib/data/reports/publications");
  await unpublishReport(await actor("editor@example.com"), articleId);
}
