import {
  claimStatusInclude,
  describeClaimStatus,
  summarizeClaims,
  toClaimFacts,
} from "@/lib/data/claims/claim-status-query";
import { getSettings } from "@/lib/data/settings/get-settings";
import { deriveArticleStatus } from "@/lib/review/article-status";
import { reviewStateOf } from "@/lib/review/claim-status";

/**
 * For tests: every stored status that differs from a full re-derivation from
 * scratch (all facts loaded the way pages load them, the rules of
 * lib/review applied with the stored settings), of every article or one.
 * Empty when all agree.
 */
export async function findStaleStatuses(options: { articleId?: string } = {}): Promise<string[]> {
  const { db } = await import("@/lib/db/client");
  const [settings, articles] = await Promise.all([
    getSettings(),
    db.article.findMany({
      where: options.articleId ? { id: options.articleId } : {},
      include: { claims: { include: claimStatusInclude } },
    }),
  ]);
  const stale: string[] = [];
  for (const article of articles) {
    const views = article.claims.map((claim) => describeClaimStatus(claim, settings));
    const status = deriveArticleStatus(summarizeClaims(views));
    if (status !== article.status)
      stale.push(`article ${article.id}: stored ${article.status}, derived ${status}`);
    for (const [index, claim] of article.claims.entries()) {
      const derived = views[index]?.status;
      if (derived !== claim.status)
        stale.push(`claim ${claim.id}: stored ${claim.status}, derived ${derived}`);
      const facts = toClaimFacts(claim);
      for (const verdict of claim.verdicts) {
        const fact = facts.verdicts.find((candidate) => candidate.id === verdict.id);
        const requested = fact ? reviewStateOf(fact, settings).changesRequested : false;
        if (requested !== verdict.changesRequested)
          stale.push(`verdict ${verdict.id}: stored changesRequested ${verdict.changesRequested}`);
        for (const revision of verdict.revisions) {
          if ((revision.version === verdict.currentVersion) !== revision.current)
            stale.push(`revision ${revision.id}: stored current ${revision.current}`);
        }
      }
    }
  }
  return stale;
}
