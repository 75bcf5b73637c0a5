import type { ClaimResource } from "@/lib/api/schemas/claim";
import type { DeskClaim } from "@/lib/data/claims/claim-view";
import type { ClaimFields } from "./claim-form-dialog";
import { callApi } from "./api-client";

/** The claim endpoints, as the annotation UI calls them. */
export interface Span {
  revision: number;
  start: number;
  end: number;
  exact: string;
}

type ClaimResponse = { claim: ClaimResource };

/** The API's claim (selector grouped) as the page's view (selector fields flat). */
export function toClaimView({
  selector,
  articleId: _article,
  currentVerdict,
  ...claim
}: ClaimResource): DeskClaim {
  return { ...claim, ...selector, verdictSummary: currentVerdict?.summary ?? null };
}

export async function requestCreateClaim(
  articleId: string,
  span: Span,
  fields: ClaimFields,
  /** The suggested sentence this claim accepts, if it does. */
  suggestion?: number,
): Promise<DeskClaim> {
  const body = {
    span,
    statement: fields.statement,
    claimant: fields.claimant,
    type: fields.type,
    ...(suggestion === undefined ? {} : { suggestion }),
  };
  return toClaimView(
    (await callApi<ClaimResponse>("POST", `/api/v1/articles/${articleId}/claims`, body)).claim,
  );
}

export async function requestUpdateClaim(
  claim: DeskClaim,
  changes: Record<string, unknown>,
): Promise<DeskClaim> {
  const body = { version: claim.version, ...changes };
  return toClaimView((await callApi<ClaimResponse>("PATCH", `/api/v1/claims/${claim.id}`, body)).claim);
}

export async function requestDeleteClaim(claim: DeskClaim): Promise<void> {
  await callApi("DELETE", `/api/v1/claims/${claim.id}${claim.verdictCount > 0 ? "?withVerdicts=true" : ""}`);
}

/** Claims in text order: by start, longer (outer) first. Orphaned claims keep their old place. */
export function sortClaims(claims: readonly DeskClaim[]): DeskClaim[] {
  return [...claims].sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
}
