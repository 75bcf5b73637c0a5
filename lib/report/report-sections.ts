import type { ReportClaim, ReportModel, ReportRating, ReportVerdict } from "./report-model";

/*
 * Which claims a report shows, decided once for every format. Dismissed
 * claims never appear: they were set aside as not worth checking. A claim
 * counts as checked only when it is approved AND carries its approved
 * verdict; an approved claim without one (inconsistent data) is listed as
 * not yet checked rather than silently dropped.
 */

export type CheckedClaim = ReportClaim & { verdict: ReportVerdict };

export interface ReportSections {
  /** Approved, with their verdict, in article order. */
  checked: CheckedClaim[];
  /** Neither checked nor dismissed, in article order. */
  notYetChecked: ReportClaim[];
}

export interface RatingCount {
  rating: ReportRating;
  count: number;
}

/** Split the model's claims into the report's sections. */
export function sortClaimsIntoSections(model: Pick<ReportModel, "claims">): ReportSections {
  const inOrder = [...model.claims].sort((a, b) => a.number - b.number);
  const checked: CheckedClaim[] = [];
  const notYetChecked: ReportClaim[] = [];
  for (const claim of inOrder) {
    if (claim.status === "dismissed") continue;
    if (isChecked(claim)) checked.push(claim);
    else notYetChecked.push(claim);
  }
  return { checked, notYetChecked };
}

/** The claims a report lists: the checked ones, then (unless excluded) the rest that are not dismissed. */
export function listReportedClaims(model: Pick<ReportModel, "claims">, includePending = true): ReportClaim[] {
  const { checked, notYetChecked } = sortClaimsIntoSections(model);
  const listed = includePending ? [...checked, ...notYetChecked] : checked;
  return listed.sort((a, b) => a.number - b.number);
}

/**
 * How many checked claims got each rating, in scale order with zero counts
 * kept (a chart with a missing bar reads as a missing rating). A rating no
 * longer on the scale (retired after the verdict was approved) still counts,
 * after the scale, so the bars always add up to the checked claims.
 */
export function countRatings(model: Pick<ReportModel, "claims" | "ratings">): RatingCount[] {
  const counts = new Map<string, RatingCount>();
  for (const rating of model.ratings) counts.set(rating.key, { rating, count: 0 });
  for (const claim of sortClaimsIntoSections(model).checked) {
    const entry = counts.get(claim.verdict.rating.key);
    if (entry) entry.count += 1;
    else counts.set(claim.verdict.rating.key, { rating: claim.verdict.rating, count: 1 });
  }
  return [...counts.values()];
}

function isChecked(claim: ReportClaim): claim is CheckedClaim {
  return claim.status === "approved" && claim.verdict !== null;
}
