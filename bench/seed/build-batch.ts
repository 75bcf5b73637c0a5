import { randomUUID } from "node:crypto";
import { describeSpan } from "@/lib/anchoring/text-quote";
import type { Prisma } from "@/lib/db/generated/client";
import { deriveArticleStatus } from "@/lib/review/article-status";
import { summarizeArticle } from "@/lib/review/article-summary";
import type { StatusRules } from "@/lib/review/claim-status";
import { buildArticleText, type Sentence } from "./article-texts";
import {
  addScenario,
  pickScenario,
  type ArticleProfile,
  type BenchPeople,
  type ReviewRows,
} from "./review-mix";

export interface BatchRows extends ReviewRows {
  articles: Prisma.ArticleCreateManyInput[];
  articleRevisions: Prisma.ArticleRevisionCreateManyInput[];
  claims: Prisma.ClaimCreateManyInput[];
}

export interface ArchivePlan {
  /** Claims of each article, in order; 0 for an article nobody has marked yet. */
  claimCounts: readonly number[];
  /** `unreviewed`: every claim waits for a verdict (write targets for bench:load). */
  profileOf: (index: number) => ArticleProfile;
}

export interface BatchContext {
  pool: readonly Sentence[];
  people: BenchPeople;
  ratings: ReadonlyArray<{ key: string; id: string }>;
  sourceIds: readonly string[];
  rules: StatusRules;
  random: () => number;
}

const CLAIMANTS = [
  "The senator",
  "The governor",
  "The moderator",
  "The candidate",
  "A campaign spokesperson",
  null,
];
const TYPES = ["quotation", "causal", "prediction", "other"] as const;
const YEAR_MS = 365 * 24 * 3_600_000;
const ARCHIVE_START = Date.UTC(2025, 0, 1);

/**
 * `claims` spread over `articles`: one in thirty articles has none, the
 * others about the same number each, give or take half, adding up exactly.
 */
export function planClaimCounts(articles: number, claims: number, random: () => number): number[] {
  const counts: number[] = Array.from({ length: articles }, (_, i) =>
    articles > 1 && i % 30 === 29 ? -1 : 0,
  );
  const marked = counts.filter((count) => count === 0).length;
  const base = Math.floor(claims / Math.max(1, marked));
  let remainder = claims - base * marked;
  const indexes = counts.flatMap((count, i) => (count === 0 ? [i] : []));
  for (const i of indexes) counts[i] = base + (remainder-- > 0 ? 1 : 0);
  // Move claims between neighbours in pairs, so the total stays exact.
  for (let k = 0; k + 1 < indexes.length; k += 2) {
    const shift = Math.floor(random() * base * 0.5);
    counts[indexes[k]!]! += shift;
    counts[indexes[k + 1]!]! -= shift;
  }
  return counts.map((count) => Math.max(0, count));
}

/** The rows of articles [from, to) of the plan, with stored statuses derived from them. */
export function buildBatch(plan: ArchivePlan, from: number, to: number, context: BatchContext): BatchRows {
  const rows: BatchRows = {
    articles: [],
    articleRevisions: [],
    claims: [],
    verdicts: [],
    revisions: [],
    citations: [],
    reviews: [],
  };
  const { random, people } = context;
  for (let index = from; index < to; index += 1) {
    const claimCount = plan.claimCounts[index] ?? 0;
    const sentenceCount = Math.max(claimCount + 6 + Math.floor(random() * 10), 12);
    const article = buildArticleText(context.pool, index, sentenceCount, random);
    const articleId = randomUUID();
    const createdAt = new Date(ARCHIVE_START + Math.floor((index / plan.claimCounts.length) * YEAR_MS));
    const editorId = people.editorIds[index % people.editorIds.length]!;
    const spans = chooseClaimSpans(article.sentences, claimCount, random);
    const profile = plan.profileOf(index);
    const statuses = spans.map((span, i) => {
      const claimId = randomUUID();
      const at = new Date(createdAt.getTime() + (i + 1) * 600_000);
      const review = addScenario(pickScenario(profile, random), { ...context, claimId, at, rows });
      const selector = describeSpan(article.text, span.start, span.end);
      rows.claims.push({
        id: claimId,
        articleId,
        anchoredRevision: 1,
        ...selector,
        statement: selector.exact.slice(0, 500),
        claimant: CLAIMANTS[i % CLAIMANTS.length] ?? null,
        type: /\d/.test(selector.exact) ? "statistic" : TYPES[i % TYPES.length]!,
        createdById: editorId,
        createdAt: at,
        updatedAt: at,
        status: review.status,
        ...review.dismissal,
      });
      return review;
    });
    rows.articles.push({
      id: articleId,
      title: article.title,
      byline: "Bench Archive Desk",
      publishedAt: createdAt,
      createdById: editorId,
      createdAt,
      updatedAt: createdAt,
      status: deriveArticleStatus(summarizeArticle(statuses)),
    });
    rows.articleRevisions.push({
      id: randomUUID(),
      articleId,
      number: 1,
      text: article.text,
      createdById: editorId,
      createdAt,
    });
  }
  return rows;
}

/** `count` sentences to mark, check-worthy ones first, in reading order. */
function chooseClaimSpans<T extends { start: number; end: number; checkWorthy: boolean }>(
  sentences: readonly T[],
  count: number,
  random: () => number,
): T[] {
  return sentences
    .map((sentence) => ({ sentence, key: (sentence.checkWorthy ? 0 : 1) + random() }))
    .sort((a, b) => a.key - b.key)
    .slice(0, count)
    .map(({ sentence }) => sentence)
    .sort((a, b) => a.start - b.start);
}
