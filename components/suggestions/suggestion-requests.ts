import { callApi } from "@/components/annotate/api-client";
import type { ClaimResource } from "@/lib/api/schemas/claim";

/** The suggestion endpoints, as the article page calls them. */
export async function requestRejectSuggestion(articleId: string, n: number, revision: number): Promise<void> {
  await callApi("POST", `/api/v1/articles/${articleId}/suggestions/${n}/rejection`, { revision });
}

export async function requestAcceptSuggestions(
  articleId: string,
  revision: number,
  minScore: number,
): Promise<{ created: number; claims: ClaimResource[] }> {
  return callApi("POST", `/api/v1/articles/${articleId}/suggestions/acceptance`, { revision, minScore });
}
