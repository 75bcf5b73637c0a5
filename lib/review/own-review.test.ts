import { describe, expect, it } from "vitest";
import { hasApprovedRevision, latestReviewBy, latestReviews, type ReviewOfRevision } from "./own-review";

const review = (reviewerId: string, decision: "approve" | "request_changes", minute: number) => ({
  reviewerId,
  decision,
  createdAt: new Date(Date.UTC(2025, 0, 1, 0, minute)),
});

describe("hasApprovedRevision", () => {
  // prettier-ignore
  it.each<[string, ReviewOfRevision[], boolean]>([
    ["no reviews", [], false],
    ["approved it", [review("r1", "approve", 0)], true],
    ["someone else approved it", [review("r2", "approve", 0)], false],
    ["asked for changes", [review("r1", "request_changes", 0)], false],
    ["approved, then withdrew it by asking for changes", [review("r1", "approve", 0), review("r1", "request_changes", 5)], false],
    ["asked for changes, then approved", [review("r1", "request_changes", 0), review("r1", "approve", 5)], true],
    ["latest by time, not array order", [review("r1", "approve", 9), review("r1", "request_changes", 2)], true],
    ["equal times: the later entry wins", [review("r1", "approve", 0), review("r1", "request_changes", 0)], false],
    ["another reviewer's later request does not undo it", [review("r1", "approve", 0), review("r2", "request_changes", 5)], true],
  ])("%s → %s", (_name, reviews, expected) => {
    expect(hasApprovedRevision(reviews, "r1")).toBe(expected);
  });
});

describe("latestReviewBy", () => {
  it("returns the reviewer's latest review, with its other fields", () => {
    const reviews = [
      { ...review("r1", "approve", 0), comment: null },
      { ...review("r1", "request_changes", 5), comment: "Cite the ministry." },
      { ...review("r2", "approve", 9), comment: null },
    ];
    expect(latestReviewBy(reviews, "r1")?.comment).toBe("Cite the ministry.");
    expect(latestReviewBy(reviews, "r3")).toBeNull();
  });
});

describe("latestReviews", () => {
  it("keeps each reviewer's latest review only", () => {
    const reviews = [
      review("r1", "approve", 0),
      review("r2", "request_changes", 1),
      review("r1", "request_changes", 5),
    ];
    expect(latestReviews(reviews)).toEqual([reviews[2], reviews[1]]);
  });
});
