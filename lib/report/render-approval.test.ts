import { describe, expect, it } from "vitest";
import { copyDemoReport } from "./fixtures/demo-report";
import { renderCheckedClaimHtml } from "./render-claim-html";
import type { CheckedClaim } from "./report-sections";

/** Demo claim 2 (approved by Rosa Reviewer), with its reviews replaced. */
function claimWith(reviews: CheckedClaim["verdict"]["reviews"]): CheckedClaim {
  const claim = copyDemoReport().claims.find((c) => c.number === 2 && c.verdict);
  if (!claim?.verdict) throw new Error("demo claim 2 has no verdict");
  return { ...claim, verdict: { ...claim.verdict, reviews } } as CheckedClaim;
}

const at = (minute: number) => new Date(Date.UTC(2025, 3, 29, 11, minute)).toISOString();

describe("the approval line", () => {
  it("names each approver once, even one who approved, asked for changes and approved again", () => {
    const html = renderCheckedClaimHtml(
      claimWith([
        { reviewer: "Rafael Reviewer", decision: "approve", at: at(0), comment: null },
        { reviewer: "Rafael Reviewer", decision: "request_changes", at: at(5), comment: "Date it." },
        { reviewer: "Rafael Reviewer", decision: "approve", at: at(9), comment: null },
        { reviewer: "Rosa Reviewer", decision: "approve", at: at(10), comment: null },
      ]),
      "",
      null,
    );
    expect(html).toContain("Approved by Rafael Reviewer, Rosa Reviewer on");
    expect(html).not.toContain("Rafael Reviewer, Rafael Reviewer");
  });
});
