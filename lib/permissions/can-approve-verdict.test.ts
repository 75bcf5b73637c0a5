import { describe, expect, it } from "vitest";
import { canApproveVerdict } from "./index";

const rita = { id: "rita", role: "reviewer" as const };
const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 0, minute));
const verdict = (currentReviews: Array<{ reviewerId: string; decision: string; createdAt: Date }>) => ({
  authorId: "author",
  revisions: [{ authorId: "author" }],
  currentReviews,
});

describe("canApproveVerdict", () => {
  it.each([
    ["not reviewed yet", verdict([]), true],
    [
      "already approved by her",
      verdict([{ reviewerId: "rita", decision: "approve", createdAt: at(0) }]),
      false,
    ],
    [
      "approved by someone else",
      verdict([{ reviewerId: "rob", decision: "approve", createdAt: at(0) }]),
      true,
    ],
    [
      "her approval withdrawn by asking for changes",
      verdict([
        { reviewerId: "rita", decision: "approve", createdAt: at(0) },
        { reviewerId: "rita", decision: "request_changes", createdAt: at(5) },
      ]),
      true,
    ],
  ])("%s → %s", (_name, fact, expected) => {
    expect(canApproveVerdict(rita, fact)).toBe(expected);
  });

  it("the author may never approve, reviewed or not", () => {
    expect(canApproveVerdict({ id: "author", role: "reviewer" }, verdict([]))).toBe(false);
  });
});
