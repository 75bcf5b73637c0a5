import type { SessionUser } from "@/lib/auth/roles";
import {
  agreementByArticle,
  agreementByReviewerPair,
  agreementOf,
  type AgreementFigures,
  type PairAgreement,
} from "@/lib/agreement/agreement-figures";
import { monthOf, monthsOf, rangeBounds, type DayRange } from "@/lib/agreement/quality-range";
import { db } from "@/lib/db/client";
import { canManageSettings } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import { loadRatingScale, loadReliabilityClaims } from "./load-reliability-claims";

export interface QualityReport {
  range: DayRange;
  /** Claims with at least one reviewer's value dated in the range, pairable or not. */
  ratedClaims: number;
  overall: AgreementFigures;
  /** Most shared claims first. */
  pairs: Array<PairAgreement & { names: [string, string] }>;
  /** Articles with a pairable claim, lowest alpha first (not computable last). */
  articles: Array<AgreementFigures & { articleId: string; title: string }>;
  /** Every month the range touches, oldest first. */
  months: Array<AgreementFigures & { month: string }>;
}

/**
 * Agreement between reviewers over a date range, for the admins' Quality
 * page. A claim counts in the range (and in a month) when its reliability
 * data took its present form then: the latest of its reviewers' values,
 * which is a revision's submission or an approval (reviewer-values.ts).
 * So each claim counts once, with every reviewer's current value, and its
 * values are never split across months.
 */
export async function getQualityReport(actor: SessionUser, range: DayRange): Promise<QualityReport> {
  assertAllowed(canManageSettings(actor), "Only admins can see how far reviewers agree.");
  const { start, end } = rangeBounds(range);
  const since = { gte: start };
  const [loaded, scale] = await Promise.all([
    // Only claims with a value given since the start can be dated in the range; the end is checked below.
    loadReliabilityClaims({
      verdicts: {
        some: {
          revisions: {
            some: {
              OR: [{ submittedAt: since }, { reviews: { some: { decision: "approve", createdAt: since } } }],
            },
          },
        },
      },
    }),
    loadRatingScale(),
  ]);
  const claims = loaded.filter((claim) => claim.datedAt >= start && claim.datedAt < end);
  const pairs = agreementByReviewerPair(claims, scale);
  const byArticle = agreementByArticle(claims, scale);
  const [people, articles] = await Promise.all([
    db.user.findMany({
      where: { id: { in: [...new Set(pairs.flatMap((pair) => pair.reviewerIds))] } },
      select: { id: true, name: true },
    }),
    db.article.findMany({
      where: { id: { in: byArticle.map((figures) => figures.articleId) } },
      select: { id: true, title: true },
    }),
  ]);
  const nameOf = new Map(people.map((person) => [person.id, person.name]));
  const titleOf = new Map(articles.map((article) => [article.id, article.title]));
  return {
    range,
    ratedClaims: claims.length,
    overall: agreementOf(claims, scale),
    pairs: pairs.map((pair) => ({
      ...pair,
      names: [nameOf.get(pair.reviewerIds[0]) ?? "Unknown", nameOf.get(pair.reviewerIds[1]) ?? "Unknown"],
    })),
    articles: byArticle
      .map((figures) => ({ ...figures, title: titleOf.get(figures.articleId) ?? "Untitled" }))
      .sort(byAlphaThenTitle),
    months: monthsOf(range).map((month) => ({
      month,
      ...agreementOf(
        claims.filter((claim) => monthOf(claim.datedAt) === month),
        scale,
      ),
    })),
  };
}

function byAlphaThenTitle(
  a: { alpha: number | null; title: string },
  b: { alpha: number | null; title: string },
): number {
  if (a.alpha !== b.alpha) {
    if (a.alpha === null) return 1;
    if (b.alpha === null) return -1;
    return a.alpha - b.alpha;
  }
  return a.title.localeCompare(b.title);
}
