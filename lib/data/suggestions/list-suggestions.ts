import type { SuggestionListResponse } from "@/lib/api/schemas/suggestion";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { canReadArticles } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import { loadSuggestions } from "./load-suggestions";

/** The scored sentences of an article's current text, for anyone who reads articles. */
export async function listSuggestions(
  actor: SessionUser,
  articleId: string,
): Promise<SuggestionListResponse> {
  assertAllowed(canReadArticles(actor), "Only signed-in newsroom members can read suggestions.");
  return loadSuggestions(db, articleId);
}
