import type { Prisma } from "@/lib/db/generated/client";
import {
  deriveClaimStatus,
  type ClaimFacts,
  type ClaimStatus,
  type StatusRules,
} from "@/lib/review/claim-status";
import { summarizeArticle, type ArticleSummary } from "@/lib/review/article-summary";
import { pickDisplayedRatings, type DisplayedRating } from "@/lib/review/displayed-ratings";

/**
 * What to load with a claim to derive its status: every verdict with its
 * revisions, their ratings and reviews. Shared by every query that shows a
 * status, so they all feed `deriveClaimStatus` the same facts.
 */
export const claimStatusInclude = {
  verdicts: {
    // Oldest first, so "the first verdict that…" means the same on every read.
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: {
      revisions: { include: { rating: true, reviews: true }, orderBy: { version: "asc" } },
    },
  },
} satisfies Prisma.ClaimInclude;

type ClaimWithVerdicts = Prisma.ClaimGetPayload<{ include: typeof claimStatusInclude }>;

/** The columns `toClaimFacts` reads: what claimStatusInclude loads, or a narrower select of it. */
export interface ClaimFactRow {
  dismissedAt: Date | null;
  verdicts: ReadonlyArray<{
    id: string;
    authorId: string;
    state: string;
    currentVersion: number;
    revisions: ReadonlyArray<{
      version: number;
      authorId: string;
      rating: { key: string };
      reviews: ReadonlyArray<{ reviewerId: string; decision: string; createdAt: Date }>;
    }>;
  }>;
}

const verdictStates = new Set(["draft", "submitted", "closed"]);
const decisions = new Set(["approve", "request_changes"]);

/** Database rows → the plain facts the status rules read. */
export function toClaimFacts(claim: ClaimFactRow): ClaimFacts {
  return {
    dismissed: claim.dismissedAt !== null,
    verdicts: claim.verdicts.flatMap((verdict) => {
      const current = verdict.revisions.find((r) => r.version === verdict.currentVersion);
      if (!current || !verdictStates.has(verdict.state)) return [];
      return [
        {
          id: verdict.id,
          authorId: verdict.authorId,
          state: verdict.state as "draft" | "submitted" | "closed",
          version: verdict.currentVersion,
          ratingKey: current.rating.key,
          revisionAuthorIds: verdict.revisions.map((revision) => revision.authorId),
          reviews: verdict.revisions.flatMap((revision) =>
            revision.reviews
              .filter((review) => decisions.has(review.decision))
              .map((review) => ({
                reviewerId: review.reviewerId,
                version: revision.version,
                decision: review.decision as "approve" | "request_changes",
                createdAt: review.createdAt,
              })),
          ),
        },
      ];
    }),
  };
}

export interface ClaimStatusView {
  status: ClaimStatus;
  ratings: DisplayedRating[];
}

/** A claim's derived status and the ratings to show beside it. */
export function describeClaimStatus(claim: ClaimWithVerdicts, rules: StatusRules): ClaimStatusView {
  const facts = toClaimFacts(claim);
  const ratingsByKey = new Map(
    claim.verdicts.flatMap((v) => v.revisions.map((r) => [r.rating.key, r.rating] as const)),
  );
  return {
    status: deriveClaimStatus(facts, rules),
    ratings: pickDisplayedRatings(facts, rules).flatMap(({ ratingKey, approved }) => {
      const rating = ratingsByKey.get(ratingKey);
      return rating
        ? [
            {
              key: rating.key,
              label: rating.label,
              shortCode: rating.shortCode,
              color: rating.color,
              approved,
            },
          ]
        : [];
    }),
  };
}

/** The article summary for a set of claim statuses (approved ratings counted). */
export function summarizeClaims(claims: readonly ClaimStatusView[]): ArticleSummary {
  return summarizeArticle(
    claims.map(({ status, ratings }) => ({
      status,
      ratingKey: ratings.find((r) => r.approved)?.key ?? null,
    })),
  );
}

export type RatingCount = DisplayedRating & { count: number };

/** How many approved claims carry each rating, in order of first appearance. */
export function countApprovedRatings(claims: readonly ClaimStatusView[]): RatingCount[] {
  const counts = new Map<string, RatingCount>();
  for (const rating of claims.flatMap((claim) => claim.ratings.filter((r) => r.approved))) {
    const entry = counts.get(rating.key) ?? { ...rating, count: 0 };
    entry.count += 1;
    counts.set(rating.key, entry);
  }
  return [...counts.values()];
}
