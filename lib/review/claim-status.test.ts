import { describe, it, expect } from "vitest";
import { AppError } from "../errors/app-error";
import {
  deriveClaimStatus,
  reviewStateOf,
  type ClaimStatus,
  type ReviewFact,
  type VerdictFact,
  type VerdictReviewState,
} from "./claim-status";

/** Review by `reviewerId` on `version`, at minute `minute` (orders reviews in time). */
const approve = (reviewerId: string, version = 1, minute = 0): ReviewFact => ({
  reviewerId,
  version,
  decision: "approve",
  createdAt: new Date(Date.UTC(2025, 0, 1, 0, minute)),
});
const requestChanges = (reviewerId: string, version = 1, minute = 0): ReviewFact => ({
  ...approve(reviewerId, version, minute),
  decision: "request_changes",
});

const verdict = (overrides: Partial<VerdictFact> = {}): VerdictFact => ({
  id: "v1",
  authorId: "author",
  state: "submitted",
  version: 1,
  ratingKey: "false",
  reviews: [],
  ...overrides,
});

const state = (approvals: number, changesRequested: boolean, approved: boolean): VerdictReviewState => ({
  approvals,
  changesRequested,
  approved,
});

describe("reviewStateOf", () => {
  // prettier-ignore
  it.each<[string, VerdictFact, number, VerdictReviewState]>([
    ["no reviews", verdict(), 1, state(0, false, false)],
    ["one approval, threshold 1", verdict({ reviews: [approve("r1")] }), 1, state(1, false, true)],
    ["one approval, threshold 2", verdict({ reviews: [approve("r1")] }), 2, state(1, false, false)],
    ["two approvals, threshold 2", verdict({ reviews: [approve("r1"), approve("r2")] }), 2, state(2, false, true)],
    ["same reviewer twice counts once", verdict({ reviews: [approve("r1", 1, 0), approve("r1", 1, 5)] }), 2, state(1, false, false)],
    ["self-approval ignored", verdict({ reviews: [approve("author")] }), 1, state(0, false, false)],
    ["self request-changes ignored", verdict({ reviews: [requestChanges("author")] }), 1, state(0, false, false)],
    ["approval on an old version does not count", verdict({ version: 2, reviews: [approve("r1", 1)] }), 1, state(0, false, false)],
    ["request changes then approve, same version", verdict({ reviews: [requestChanges("r1", 1, 0), approve("r1", 1, 5)] }), 1, state(1, false, true)],
    ["approve then request changes, same version", verdict({ reviews: [approve("r1", 1, 0), requestChanges("r1", 1, 5)] }), 1, state(0, true, false)],
    ["latest by createdAt, not array order", verdict({ reviews: [approve("r1", 1, 9), requestChanges("r1", 1, 2)] }), 1, state(1, false, true)],
    ["one approval and one request for changes", verdict({ reviews: [approve("r1"), requestChanges("r2")] }), 1, state(1, true, false)],
  ])("%s", (_name, fact, approvalThreshold, expected) => {
    expect(reviewStateOf(fact, { approvalThreshold })).toEqual(expected);
  });

  it.each<[string, number]>([
    ["zero", 0],
    ["fractional", 1.5],
  ])("rejects a %s threshold", (_name, approvalThreshold) => {
    expect(() => reviewStateOf(verdict(), { approvalThreshold })).toThrow(AppError);
  });
});

describe("deriveClaimStatus", () => {
  it.each<[string, boolean, VerdictFact[], number, ClaimStatus]>([
    ["dismissed wins over everything", true, [verdict({ reviews: [approve("r1")] })], 1, "dismissed"],
    ["no verdicts", false, [], 1, "needs_verdict"],
    ["draft only", false, [verdict({ state: "draft", reviews: [approve("r1")] })], 1, "needs_verdict"],
    ["closed only", false, [verdict({ state: "closed" })], 1, "needs_verdict"],
    ["submitted, unreviewed", false, [verdict()], 1, "in_review"],
    ["approved, threshold 1", false, [verdict({ reviews: [approve("r1")] })], 1, "approved"],
    ["one approval short of threshold 2", false, [verdict({ reviews: [approve("r1")] })], 2, "in_review"],
    [
      "two approvals, threshold 2",
      false,
      [verdict({ reviews: [approve("r1"), approve("r2")] })],
      2,
      "approved",
    ],
    [
      "approval on an old version does not count",
      false,
      [verdict({ version: 2, reviews: [approve("r1", 1)] })],
      1,
      "in_review",
    ],
    ["self-approval ignored", false, [verdict({ reviews: [approve("author")] })], 1, "in_review"],
    ["changes requested", false, [verdict({ reviews: [requestChanges("r1")] })], 1, "changes_requested"],
    [
      "changes requested, then a new revision",
      false,
      [verdict({ version: 2, reviews: [requestChanges("r1", 1)] })],
      1,
      "in_review",
    ],
    [
      "new revision approved after changes requested",
      false,
      [verdict({ version: 2, reviews: [requestChanges("r1", 1), approve("r1", 2, 9)] })],
      1,
      "approved",
    ],
    [
      "same reviewer requests changes then approves",
      false,
      [verdict({ reviews: [requestChanges("r1", 1, 0), approve("r1", 1, 5)] })],
      1,
      "approved",
    ],
    [
      "approval does not outweigh another reviewer's request",
      false,
      [verdict({ reviews: [approve("r1"), requestChanges("r2")] })],
      1,
      "changes_requested",
    ],
    [
      "different ratings on submitted verdicts: disputed",
      false,
      [verdict({ reviews: [approve("r1")] }), verdict({ id: "v2", authorId: "b", ratingKey: "true" })],
      1,
      "disputed",
    ],
    [
      "converging ratings with one approved",
      false,
      [verdict({ reviews: [approve("r1")] }), verdict({ id: "v2", authorId: "b" })],
      1,
      "approved",
    ],
    [
      "converging ratings, one with changes requested",
      false,
      [
        verdict({ reviews: [approve("r1")] }),
        verdict({ id: "v2", authorId: "b", reviews: [requestChanges("r2")] }),
      ],
      1,
      "changes_requested",
    ],
    [
      "closed competing verdict does not cause a dispute",
      false,
      [
        verdict({ reviews: [approve("r1")] }),
        verdict({ id: "v2", authorId: "b", state: "closed", ratingKey: "true" }),
      ],
      1,
      "approved",
    ],
    [
      "changes requested on a closed verdict are ignored",
      false,
      [
        verdict({ reviews: [approve("r1")] }),
        verdict({ id: "v2", state: "closed", reviews: [requestChanges("r2")] }),
      ],
      1,
      "approved",
    ],
    [
      "draft competing verdict does not cause a dispute",
      false,
      [verdict(), verdict({ id: "v2", authorId: "b", state: "draft", ratingKey: "true" })],
      1,
      "in_review",
    ],
  ])("%s", (_name, dismissed, verdicts, approvalThreshold, expected) => {
    expect(deriveClaimStatus({ dismissed, verdicts }, { approvalThreshold })).toBe(expected);
  });

  it("defaults to a threshold of 1", () => {
    expect(deriveClaimStatus({ dismissed: false, verdicts: [verdict({ reviews: [approve("r1")] })] })).toBe(
      "approved",
    );
  });
});
