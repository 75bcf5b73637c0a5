import { describe, expect, it } from "vitest";
import { summarizeArticle } from "@/lib/review/article-summary";
import type { ClaimStatus } from "@/lib/review/claim-status";
import { claimsDone, parseStatusFilter, statusFilterNames } from "./article-status-filter";

const summary = (...statuses: ClaimStatus[]) => summarizeArticle(statuses.map((status) => ({ status })));

describe("--status values", () => {
  it.each([
    ["ready", "ready_to_publish"],
    ["ready-to-publish", "ready_to_publish"],
    ["ready_to_publish", "ready_to_publish"],
    ["In-Progress", "in_progress"],
    [" disputed ", "disputed"],
    ["unchecked", "unchecked"],
  ])("%j → %s", (value, expected) => {
    expect(parseStatusFilter(value)).toBe(expected);
  });

  it.each(["done", "", "approved", "needs-verdict"])("%j is not an article status", (value) => {
    expect(parseStatusFilter(value)).toBeNull();
  });

  it("lists every value it accepts", () => {
    expect(statusFilterNames).toEqual(["unchecked", "in-progress", "disputed", "ready-to-publish", "ready"]);
    for (const name of statusFilterNames) expect(parseStatusFilter(name)).not.toBeNull();
  });
});

describe("claimsDone", () => {
  it.each([
    [summary(), 0],
    [summary("needs_verdict", "in_review", "disputed"), 0],
    [summary("approved", "dismissed", "changes_requested"), 2],
  ])("%#", (articleSummary, done) => {
    expect(claimsDone(articleSummary)).toBe(done);
  });
});
