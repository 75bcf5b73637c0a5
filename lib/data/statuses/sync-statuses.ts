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
  verdicts: {
    select: {
      id: true,
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
  const claimsByStatus = new Map<ClaimStatus, string[]>();
  const changes = {
    requested: [] as string[],
    cleared: [] as string[],
    current: [] as string[],
    past: [] as string[],
  };
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
    if (status !== row.status) claimsByStatus.set(status, [...(claimsByStatus.get(status) ?? []), row.id]);
    for (const verdict of row.verdicts) {
      const fact = facts.verdicts.find((candidate) => candidate.id === verdict.id);
      const requested = fact ? reviewStateOf(fact, rules).changesRequested : false;
      if (requested !== verdict.changesRequested)
        (requested ? changes.requested : changes.cleared).push(verdict.id);
      for (const revision of verdict.revisions) {
        const isCurrent = revision.version === verdict.currentVersion;
        if (isCurrent !== revision.current) (isCurrent ? changes.current : changes.past).push(revision.id);
      }
    }
  }
  for (const [status, ids] of claimsByStatus) {
    await tx.claim.updateMany({ where: { id: { in: ids } }, data: { status } });
  }
  if (changes.requested.length > 0)
    await tx.verdict.updateMany({
      where: { id: { in: changes.requested } },
      data: { changesRequested: true },
    });
  if (changes.cleared.length > 0)
    await tx.verdict.updateMany({
      where: { id: { in: changes.cleared } },
      data: { changesRequested: false },
    });
  if (changes.current.length > 0)
    await tx.verdictRevision.updateMany({ where: { id: { in: changes.current } }, data: { current: true } });
  if (changes.past.length > 0)
    await tx.verdictRevision.updateMany({ where: { id: { in: changes.past } }, data: { current: false } });
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
