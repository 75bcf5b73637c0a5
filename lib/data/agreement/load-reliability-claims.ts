import type { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";
import type { ReliabilityClaim } from "@/lib/agreement/agreement-figures";
import { datedAt, reviewerValuesOf } from "@/lib/agreement/reviewer-values";

/** A claim's reliability data, with when it took its present form (its latest value). */
export interface DatedReliabilityClaim extends ReliabilityClaim {
  datedAt: Date;
}

/**
 * The reliability data (lib/agreement/reviewer-values.ts) of the claims
 * `where` selects, leaving out dismissed claims (judged not worth checking,
 * like the report does) and claims nobody has rated. Callers authorize.
 */
export async function loadReliabilityClaims(where: Prisma.ClaimWhereInput): Promise<DatedReliabilityClaim[]> {
  const claims = await db.claim.findMany({
    where: { AND: [where, { dismissedAt: null }] },
    orderBy: [{ articleId: "asc" }, { start: "asc" }],
    select: {
      id: true,
      articleId: true,
      verdicts: {
        select: {
          revisions: {
            select: {
              authorId: true,
              submittedAt: true,
              rating: { select: { key: true } },
              reviews: {
                select: { reviewerId: true, decision: true, createdAt: true },
                orderBy: { createdAt: "asc" },
              },
            },
          },
        },
      },
    },
  });
  return claims.flatMap((claim) => {
    const values = reviewerValuesOf(
      claim.verdicts.flatMap((verdict) =>
        verdict.revisions.map((revision) => ({ ...revision, ratingKey: revision.rating.key })),
      ),
    );
    const at = datedAt(values);
    return at ? [{ claimId: claim.id, articleId: claim.articleId, values, datedAt: at }] : [];
  });
}

/** The ordinal scale: every rating key, retired ones too (old verdicts keep them), in the admins' order. */
export async function loadRatingScale(): Promise<string[]> {
  const ratings = await db.rating.findMany({
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { key: true },
  });
  return ratings.map((rating) => rating.key);
}
