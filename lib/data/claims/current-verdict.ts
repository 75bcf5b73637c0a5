import type { Prisma } from "@/lib/db/generated/client";
import {
  reviewStateOf,
  type ClaimFacts,
  type StatusRules,
  type VerdictFact,
  type VerdictReviewState,
} from "@/lib/review/claim-status";
import { claimStatusInclude, toClaimFacts } from "./claim-status-query";

export interface CurrentVerdict {
  id: string;
  state: VerdictFact["state"];
  version: number;
  rating: { key: string; label: string };
  summary: string;
  review: VerdictReviewState;
}

/**
 * The verdict that decides a claim's status, following deriveClaimStatus's
 * precedence: none when the claim is dismissed, has no submitted verdict, or
 * its submitted verdicts disagree (disputed: no single one decides); else the
 * first sent back for changes, else the first approved, else the first in
 * review. Submitted verdicts that agree are reviewers converging, so any of
 * them carries the rating; the first keeps the answer stable.
 */
export function pickDecidingVerdict(claim: ClaimFacts, rules: StatusRules): VerdictFact | null {
  if (claim.dismissed) return null;
  const submitted = claim.verdicts.filter((verdict) => verdict.state === "submitted");
  if (new Set(submitted.map((verdict) => verdict.ratingKey)).size !== 1) return null;
  const reviewed = submitted.map((verdict) => ({ verdict, review: reviewStateOf(verdict, rules) }));
  const deciding =
    reviewed.find(({ review }) => review.changesRequested) ??
    reviewed.find(({ review }) => review.approved) ??
    reviewed[0];
  return deciding?.verdict ?? null;
}

type ClaimWithVerdicts = Prisma.ClaimGetPayload<{ include: typeof claimStatusInclude }>;

/** The deciding verdict of a loaded claim, with its current revision's rating and summary. */
export function describeCurrentVerdict(claim: ClaimWithVerdicts, rules: StatusRules): CurrentVerdict | null {
  const fact = pickDecidingVerdict(toClaimFacts(claim), rules);
  const verdict = fact && claim.verdicts.find((candidate) => candidate.id === fact.id);
  const revision = verdict?.revisions.find((candidate) => candidate.version === verdict.currentVersion);
  if (!fact || !revision) return null;
  return {
    id: fact.id,
    state: fact.state,
    version: fact.version,
    rating: { key: revision.rating.key, label: revision.rating.label },
    summary: revision.summary,
    review: reviewStateOf(fact, rules),
  };
}
