import { describe, expect, it } from "vitest";
import type { ClaimFacts, ReviewFact, VerdictFact } from "./claim-status";
import { draftVerdictsOf, verdictsAwaitingReview, verdictsWithChangesRequested } from "./review-queue";

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

const verdict = (id: string, overrides: Partial<VerdictFact> = {}): VerdictFact => ({
  id,
  authorId: "author",
  state: "submitted",
  version: 1,
  ratingKey: "false",
  reviews: [],
  ...overrides,
});

const claim = (verdicts: VerdictFact[], dismissed = false): ClaimFacts => ({ dismissed, verdicts });
const rules = { approvalThreshold: 1 };
const ids = (verdicts: VerdictFact[]) => verdicts.map((v) => v.id);

describe("verdictsAwaitingReview, for reviewer 'me'", () => {
  // prettier-ignore
  it.each<[string, ClaimFacts, string[]]>([
    ["someone else's unreviewed verdict", claim([verdict("v1")]), ["v1"]],
    ["my own verdict", claim([verdict("v1", { authorId: "me" })]), []],
    ["someone else's verdict whose revision 2 I wrote", claim([verdict("v1", { version: 2, revisionAuthorIds: ["author", "me"] })]), []],
    ["someone else's verdict revised by a third person", claim([verdict("v1", { version: 2, revisionAuthorIds: ["author", "r3"] })]), ["v1"]],
    ["a draft", claim([verdict("v1", { state: "draft" })]), []],
    ["a closed verdict", claim([verdict("v1", { state: "closed" })]), []],
    ["I approved the current revision (claim approved)", claim([verdict("v1", { reviews: [approve("me")] })]), []],
    ["I requested changes on the current revision", claim([verdict("v1", { reviews: [requestChanges("me")] })]), []],
    ["I reviewed an older revision only", claim([verdict("v1", { version: 2, reviews: [requestChanges("me", 1)] })]), ["v1"]],
    ["someone else requested changes", claim([verdict("v1", { reviews: [requestChanges("r2")] })]), ["v1"]],
    ["approved by someone else: nothing left to review", claim([verdict("v1", { reviews: [approve("r2")] })]), []],
    ["dismissed claim", claim([verdict("v1")], true), []],
    [
      "disputed: both others' verdicts wait",
      claim([verdict("v1", { ratingKey: "true" }), verdict("v2", { authorId: "other", ratingKey: "false" })]),
      ["v1", "v2"],
    ],
    [
      "disputed with my verdict: only the other one waits",
      claim([verdict("v1", { authorId: "me", ratingKey: "true" }), verdict("v2", { ratingKey: "false" })]),
      ["v2"],
    ],
    [
      "disputed, one already reviewed by me",
      claim([verdict("v1", { ratingKey: "true", reviews: [approve("me")] }), verdict("v2", { authorId: "other" })]),
      ["v2"],
    ],
    [
      "agreeing verdicts, one approved: the claim is approved",
      claim([verdict("v1", { reviews: [approve("r2")] }), verdict("v2", { authorId: "other" })]),
      [],
    ],
  ])("%s", (_name, facts, expected) => {
    expect(ids(verdictsAwaitingReview(facts, "me", rules))).toEqual(expected);
  });

  it("uses the approval threshold: one approval of two still waits for me", () => {
    const facts = claim([verdict("v1", { reviews: [approve("r2")] })]);
    expect(ids(verdictsAwaitingReview(facts, "me", { approvalThreshold: 2 }))).toEqual(["v1"]);
  });
});

describe("verdictsWithChangesRequested and draftVerdictsOf, for author 'me'", () => {
  const mine = (id: string, overrides: Partial<VerdictFact> = {}) =>
    verdict(id, { authorId: "me", ...overrides });

  // prettier-ignore
  it.each<[string, ClaimFacts, string[], string[]]>([
    ["submitted, unreviewed", claim([mine("v1")]), [], []],
    ["changes requested on the current revision", claim([mine("v1", { reviews: [requestChanges("r2")] })]), ["v1"], []],
    ["changes requested, then approved by the same reviewer", claim([mine("v1", { reviews: [requestChanges("r2", 1, 0), approve("r2", 1, 5)] })]), [], []],
    ["changes requested on an older revision", claim([mine("v1", { version: 2, reviews: [requestChanges("r2", 1)] })]), [], []],
    ["someone else's verdict sent back", claim([verdict("v1", { reviews: [requestChanges("r2")] })]), [], []],
    ["closed after a request for changes", claim([mine("v1", { state: "closed", reviews: [requestChanges("r2")] })]), [], []],
    ["on a dismissed claim", claim([mine("v1", { reviews: [requestChanges("r2")] })], true), [], []],
    ["a draft", claim([mine("v1", { state: "draft" })]), [], ["v1"]],
    ["a draft on a dismissed claim", claim([mine("v1", { state: "draft" })], true), [], ["v1"]],
    ["a draft still carrying a request for changes", claim([mine("v1", { state: "draft", reviews: [requestChanges("r2")] })]), ["v1"], []],
    ["someone else's draft", claim([verdict("v1", { state: "draft" })]), [], []],
  ])("%s", (_name, facts, changesRequested, drafts) => {
    expect(ids(verdictsWithChangesRequested(facts, "me", rules))).toEqual(changesRequested);
    expect(ids(draftVerdictsOf(facts, "me", rules))).toEqual(drafts);
  });
});
