import type { SessionUser } from "@/lib/auth/roles";
import {
  claimStatusInclude,
  describeClaimStatus,
  summarizeClaims,
  toClaimFacts,
} from "@/lib/data/claims/claim-status-query";
import { getSettings } from "@/lib/data/settings/get-settings";
import { canResolveDisputes, canWriteVerdicts } from "@/lib/permissions";
import { deriveClaimStatus } from "@/lib/review/claim-status";
import {
  draftVerdictsOf,
  verdictsAwaitingReview,
  verdictsWithChangesRequested,
} from "@/lib/review/review-queue";

/**
 * For tests: a user's queues the slow way, straight from the rules in
 * lib/review/review-queue.ts over every claim loaded from scratch, as sorted
 * ids, for comparison with the indexed queries of getMyWork.
 */
export async function expectedQueues(user: Pick<SessionUser, "id" | "role">) {
  const { db } = await import("@/lib/db/client");
  const [rules, claims, articles] = await Promise.all([
    getSettings(),
    db.claim.findMany({ include: claimStatusInclude }),
    db.article.findMany({
      where: { publications: { none: { withdrawnAt: null } } },
      include: { claims: { include: claimStatusInclude } },
    }),
  ]);
  const facts = claims.map((claim) => ({ id: claim.id, facts: toClaimFacts(claim) }));
  const pick = (test: (claim: (typeof facts)[number]["facts"]) => boolean) =>
    facts
      .filter((claim) => test(claim.facts))
      .map((claim) => claim.id)
      .sort();
  const reviews = canWriteVerdicts(user);
  const edits = canResolveDisputes(user);
  return {
    awaitingReview: reviews ? pick((c) => verdictsAwaitingReview(c, user.id, rules).length > 0) : undefined,
    changesRequested: reviews
      ? pick((c) => verdictsWithChangesRequested(c, user.id, rules).length > 0)
      : undefined,
    drafts: reviews ? pick((c) => draftVerdictsOf(c, user.id, rules).length > 0) : undefined,
    needsVerdict: edits ? pick((c) => deriveClaimStatus(c, rules) === "needs_verdict") : undefined,
    disputed: edits ? pick((c) => deriveClaimStatus(c, rules) === "disputed") : undefined,
    readyToPublish: edits
      ? articles
          .filter(
            (article) =>
              summarizeClaims(article.claims.map((claim) => describeClaimStatus(claim, rules)))
                .readyToPublish,
          )
          .map((article) => article.id)
          .sort()
      : undefined,
  };
}
