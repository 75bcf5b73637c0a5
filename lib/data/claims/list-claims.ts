import type { ClaimResource } from "@/lib/api/schemas/claim";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { getSettings } from "@/lib/data/settings/get-settings";
import { matchesClaimFilters } from "@/lib/claim-filters/claim-filters";
import { AppError } from "@/lib/errors/app-error";
import { canReadArticles } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import type { ListClaimsQuery } from "@/lib/schemas/claim";
import { claimStatusInclude } from "./claim-status-query";
import { claimViewExtrasInclude } from "./claim-view";
import { toClaimResource } from "./claim-resource";
import { toClaimView } from "./claim-view";

/**
 * An article's claims in text order, optionally only those in one status,
 * carrying one rating (the current verdict's, approved or proposed) or made
 * by one claimant. The status is stored (Claim.status, indexed with
 * articleId), so that filter is part of the query; the others run on the
 * derived views (lib/claim-filters), as an article holds tens of claims,
 * not thousands.
 */
export async function listClaims(
  actor: SessionUser,
  articleId: string,
  filters: ListClaimsQuery,
): Promise<ClaimResource[]> {
  assertAllowed(canReadArticles(actor), "Sign in to read claims.");
  const [settings, article, rating] = await Promise.all([
    getSettings(),
    db.article.findUnique({
      where: { id: articleId },
      select: {
        claims: {
          where: filters.status ? { status: filters.status } : {},
          include: { ...claimStatusInclude, ...claimViewExtrasInclude },
          orderBy: [{ start: "asc" }, { end: "desc" }, { id: "asc" }],
        },
      },
    }),
    filters.rating ? db.rating.findUnique({ where: { key: filters.rating }, select: { id: true } }) : null,
  ]);
  if (!article) throw new AppError("NOT_FOUND", "That article does not exist. It may have been deleted.");
  if (filters.rating && !rating) {
    const message = `There is no rating with the key “${filters.rating}”. GET /api/v1/ratings lists the keys.`;
    throw new AppError("VALIDATION", message, { fields: { rating: message } });
  }
  return article.claims
    .map((claim) => toClaimView(claim, settings))
    .filter((claim) =>
      matchesClaimFilters(
        { ...claim, ratingKeys: claim.currentVerdict ? [claim.currentVerdict.rating.key] : [] },
        filters,
      ),
    )
    .map(toClaimResource);
}
