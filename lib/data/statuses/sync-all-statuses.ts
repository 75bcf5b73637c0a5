import type { Tx } from "@/lib/db/client";
import type { StatusRules } from "@/lib/review/claim-status";
import { syncStatuses } from "./sync-statuses";

/** Articles looked at per round. */
const batchSize = 100;
/**
 * Claims re-derived per syncStatuses call: bounds memory and the `in (...)`
 * lists (SQLite refuses a statement with more than 32,766 bound values, and
 * Prisma does not split them).
 */
const claimsPerRound = 2_000;

/**
 * Re-derives every stored status, article by article in batches (by id, so
 * the walk is stable while it writes). For a change of the rules themselves
 * (the approval threshold) and for the backfill after an upgrade.
 */
export async function syncAllStatuses(tx: Tx, rules?: StatusRules): Promise<number> {
  let after: string | undefined;
  let count = 0;
  for (;;) {
    const batch = await tx.article.findMany({
      where: after ? { id: { gt: after } } : {},
      orderBy: { id: "asc" },
      select: { id: true, _count: { select: { claims: true } } },
      take: batchSize,
    });
    if (batch.length === 0) return count;
    for (const articleIds of byClaimCount(batch)) await syncStatuses(tx, { articleIds }, rules);
    count += batch.length;
    after = batch[batch.length - 1]?.id;
  }
}

/** Consecutive groups of articles holding about claimsPerRound claims (a bigger article alone). */
function byClaimCount(articles: ReadonlyArray<{ id: string; _count: { claims: number } }>): string[][] {
  const groups: string[][] = [];
  let group: string[] = [];
  let claims = 0;
  for (const article of articles) {
    if (group.length > 0 && claims + article._count.claims > claimsPerRound) {
      groups.push(group);
      group = [];
      claims = 0;
    }
    group.push(article.id);
    claims += article._count.claims;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
