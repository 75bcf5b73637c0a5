import type { ClaimResource } from "@/lib/api/schemas/claim";
import { getClaimView, type ClaimView } from "./claim-view";

/**
 * A claim as the API returns it: the page's view with the W3C selector
 * grouped under `selector`. Every field is named here, so nothing the
 * OpenAPI document does not describe slips into a response.
 */
export function toClaimResource(view: ClaimView): ClaimResource {
  return {
    id: view.id,
    articleId: view.articleId,
    selector: {
      exact: view.exact,
      prefix: view.prefix,
      suffix: view.suffix,
      start: view.start,
      end: view.end,
    },
    anchoredRevision: view.anchoredRevision,
    anchorState: view.anchorState,
    statement: view.statement,
    claimant: view.claimant,
    type: view.type as ClaimResource["type"],
    status: view.status,
    dismissedReason: view.dismissedReason,
    version: view.version,
    verdictCount: view.verdictCount,
    ratings: view.ratings.map(({ key, label, shortCode, color, approved }) => ({
      key,
      label,
      shortCode,
      color,
      approved,
    })),
    currentVerdict: view.currentVerdict,
    assignee: view.assignee,
    dueAt: view.dueAt,
    commentCount: view.commentCount,
    suggestionScore: view.suggestionScore,
  };
}

/** One claim as the API returns it, or null when it does not exist. */
export async function getClaimResource(claimId: string): Promise<ClaimResource | null> {
  const view = await getClaimView(claimId);
  return view ? toClaimResource(view) : null;
}
