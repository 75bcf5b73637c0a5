import { describe, expect, it } from "vitest";
import { deriveArticleStatus, type ArticleStatus } from "./article-status";
import { summarizeArticle } from "./article-summary";
import type { ClaimStatus } from "./claim-status";

describe("deriveArticleStatus", () => {
  it.each<[string, ClaimStatus[], ArticleStatus]>([
    ["no claims marked yet", [], "unchecked"],
    ["one claim waiting for a verdict", ["needs_verdict"], "in_progress"],
    ["some approved, one in review", ["approved", "in_review"], "in_progress"],
    ["changes requested", ["approved", "changes_requested"], "in_progress"],
    ["one disputed claim among approved ones", ["approved", "disputed", "approved"], "disputed"],
    ["disputed wins over work still to do", ["needs_verdict", "disputed"], "disputed"],
    ["every claim approved", ["approved", "approved"], "ready_to_publish"],
    ["approved and dismissed", ["approved", "dismissed"], "ready_to_publish"],
    ["every claim dismissed: nothing left to check", ["dismissed"], "ready_to_publish"],
  ])("%s → %s", (_name, statuses, expected) => {
    expect(deriveArticleStatus(summarizeArticle(statuses.map((status) => ({ status }))))).toBe(expected);
  });
});
