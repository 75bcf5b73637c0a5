import { bumpArchiveGeneration } from "@/lib/data/archive/archive-generation";
import { toClaimFacts } from "@/lib/data/claims/claim-status-query";
import { getSettings } from "@/lib/data/settings/get-settings";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { deriveArticleStatus } from "@/lib/review/article-status";
import { summarizeArticle } from "@/lib/review/article-summary";
import {
  claimStatuses,
  deriveClaimStatus,
  reviewStateOf,
  type ClaimStatus,
  type StatusRules,
} from "@/lib/review/claim-status";
import { unique } from "./unique";

/*
 * The stored copies of derived statuses (Claim.status, Verdict.changesRequested,
 * VerdictRevision.current, Article.status) exist so queues and filters are
 * indexed queries. They are never decided here: every value comes from
 * lib/review/claim-status.ts and article-status.ts, run on the facts, and
 * written only when it differs. Every write that can move a status calls
 * syncStatuses inside its own transaction, so a reader never sees a stored
 * status that disagrees with the facts.
 */

/** Only the columns the rules read; ratings are joined in memory (the scale is a handful of rows). */
const factSelect = {
  id: true,
  articleId: true,
  dismissedAt: true,
  status: true,
  updatedAt: true,
  verdicts: {
    select: {
      id: true,
      updatedAt: true,
      authorId: true,
      state: true,
      currentVersion: true,
      changesRequested: true,
      revisions: {
        select: {
          id: true,
          version: true,
          authorId: true,
          ratingId: true,
          current: true,
          reviews: { select: { reviewerId: true, decision: true, createdAt: true } },
        },
      },
    },
  },
} satisfies Prisma.ClaimSelect;

type FactRow = Prisma.ClaimGetPayload<{ select: typeof factSelect }>;

export interface StatusTargets {
  /** Claims whose facts changed: each is re-derived, then its article. */
  claimIds?: readonly string[];
  /** Articles whose claims all are re-derived (text revisions, backfill, rule changes), then the article. */
  articleIds?: readonly string[];
}

/**
 * Re-derives and stores the statuses of the given claims and articles (and
 * the articles of the given claims). Pass `rules` when the caller just
 * changed them in this transaction; otherwise the stored settings apply.
 */
export async function syncStatuses(tx: Tx, targets: StatusTargets, rules?: StatusRules): Promise<void> {
  const claimIds = unique(targets.claimIds ?? []);
  const articleIds = unique(targets.articleIds ?? []);
  if (claimIds.length === 0 && articleIds.length === 0) return;
  const settings = rules ?? (await getSettings(tx));
  const [rows, ratings] = await Promise.all([
    tx.claim.findMany({
      where: { OR: [{ id: { in: claimIds } }, { articleId: { in: articleIds } }] },
      select: factSelect,
    }),
    tx.rating.findMany({ select: { id: true, key: true } }),
  ]);
  const ratingKeys = new Map(ratings.map((rating) => [rating.id, rating.key]));
  await writeClaimStatuses(tx, rows, ratingKeys, settings);
  await writeArticleStatuses(tx, unique([...articleIds, ...rows.map((row) => row.articleId)]));
}

async function writeClaimStatuses(
  tx: Tx,
  rows: readonly FactRow[],
  ratingKeys: ReadonlyMap<string, string>,
  rules: StatusRules,
): Promise<void> {
  const claims: Array<{ id: string; status: ClaimStatus; updatedAt: Date }> = [];
  const verdicts: Array<{ id: string; changesRequested: boolean; updatedAt: Date }> = [];
  const revisions = { current: [] as string[], past: [] as string[] };
  for (const row of rows) {
    const facts = toClaimFacts({
      dismissedAt: row.dismissedAt,
      verdicts: row.verdicts.map((verdict) => ({
        ...verdict,
        revisions: verdict.revisions.map((revision) => ({
          ...revision,
          rating: { key: ratingKeys.get(revision.ratingId) ?? revision.ratingId },
        })),
      })),
    });
    const status = deriveClaimStatus(facts, rules);
    if (status !== row.status) claims.push({ id: row.id, status, updatedAt: row.updatedAt });
    for (const verdict of row.verdicts) {
      const fact = facts.verdicts.find((candidate) => candidate.id === verdict.id);
      const changesRequested = fact ? reviewStateOf(fact, rules).changesRequested : false;
      if (changesRequested !== verdict.changesRequested)
        verdicts.push({ id: verdict.id, changesRequested, updatedAt: verdict.updatedAt });
      for (const revision of verdict.revisions) {
        const isCurrent = revision.version === verdict.currentVersion;
        if (isCurrent !== revision.current)
          (isCurrent ? revisions.current : revisions.past).push(revision.id);
      }
    }
  }
  // A stored status is a copy, not an edit: updatedAt keeps the row's last
  // real change (as for articles below), so an upgrade's backfill or a
  // review elsewhere does not make a claim or verdict look freshly edited.
  for (const { id, ...data } of claims) await tx.claim.update({ where: { id }, data });
  // Approved claims are the newsroom's own fact-check archive: tell its search index.
  const before = new Map(rows.map((row) => [row.id, row.status]));
  if (claims.some((claim) => claim.status === "approved" || before.get(claim.id) === "approved"))
    await bumpArchiveGeneration(tx);
  for (const { id, ...data } of verdicts) await tx.verdict.update({ where: { id }, data });
  if (revisions.current.length > 0)
    await tx.verdictRevision.updateMany({
      where: { id: { in: revisions.current } },
      data: { current: true },
    });
  if (revisions.past.length > 0)
    await tx.verdictRevision.updateMany({ where: { id: { in: revisions.past } }, data: { current: false } });
}

/** Each article's status from its claims' stored statuses (just written above). */
async function writeArticleStatuses(tx: Tx, articleIds: readonly string[]): Promise<void> {
  if (articleIds.length === 0) return;
  const [groups, articles] = await Promise.all([
    tx.claim.groupBy({
      by: ["articleId", "status"],
      where: { articleId: { in: [...articleIds] } },
      _count: { _all: true },
    }),
    tx.article.findMany({
      where: { id: { in: [...articleIds] } },
      select: { id: true, status: true, updatedAt: true },
    }),
  ]);
  for (const article of articles) {
    const statuses = groups
      .filter((group) => group.articleId === article.id)
      .flatMap((group) =>
        Array<{ status: ClaimStatus }>(group._count._all).fill({ status: asClaimStatus(group.status) }),
      );
    const status = deriveArticleStatus(summarizeArticle(statuses));
    if (status === article.status) continue;
    // updatedAt is the article's edit token (update-article-metadata.ts): a
    // claim's review must not make an editor's open metadata form stale.
    await tx.article.update({ where: { id: article.id }, data: { status, updatedAt: article.updatedAt } });
  }
}

function asClaimStatus(value: string): ClaimStatus {
  return (claimStatuses as readonly string[]).includes(value) ? (value as ClaimStatus) : "needs_verdict";
}
