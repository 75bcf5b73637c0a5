import { describe, expect, it } from "vitest";
import { datedAt, reviewerValuesOf, type RevisionFact } from "./reviewer-values";

const at = (minute: number) => new Date(Date.UTC(2026, 0, 5, 10, minute));

function revision(
  authorId: string,
  ratingKey: string,
  submittedMinute: number | null,
  reviews: Array<[reviewerId: string, decision: "approve" | "request_changes", minute: number]> = [],
): RevisionFact {
  return {
    authorId,
    ratingKey,
    submittedAt: submittedMinute === null ? null : at(submittedMinute),
    reviews: reviews.map(([reviewerId, decision, minute]) => ({
      reviewerId,
      decision,
      createdAt: at(minute),
    })),
  };
}

const valuesOf = (revisions: RevisionFact[]) =>
  reviewerValuesOf(revisions).map(({ reviewerId, ratingKey, from }) => [reviewerId, ratingKey, from]);

describe("reviewerValuesOf: what each reviewer said a claim's rating is", () => {
  it.each([
    [
      "an author's submitted verdict is their value",
      [revision("ana", "true", 1)],
      [["ana", "true", "own_verdict"]],
    ],
    ["a draft gives nothing", [revision("ana", "true", null)], []],
    [
      "an approval is agreeing with the approved revision's rating",
      [revision("ana", "false", 1, [["ben", "approve", 2]])],
      [
        ["ana", "false", "own_verdict"],
        ["ben", "false", "approval"],
      ],
    ],
    [
      "asking for changes gives no value",
      [revision("ana", "false", 1, [["ben", "request_changes", 2]])],
      [["ana", "false", "own_verdict"]],
    ],
    [
      "an approval withdrawn by a later request for changes gives no value",
      [
        revision("ana", "false", 1, [
          ["ben", "approve", 2],
          ["ben", "request_changes", 3],
        ]),
      ],
      [["ana", "false", "own_verdict"]],
    ],
    [
      "a request for changes withdrawn by a later approval gives the approved rating",
      [
        revision("ana", "false", 1, [
          ["ben", "request_changes", 2],
          ["ben", "approve", 3],
        ]),
      ],
      [
        ["ana", "false", "own_verdict"],
        ["ben", "false", "approval"],
      ],
    ],
    [
      "the author's latest submitted revision counts, not the first",
      [revision("ana", "false", 1), revision("ana", "mostly-false", 5)],
      [["ana", "mostly-false", "own_verdict"]],
    ],
    [
      "a reviewer's own verdict outranks their approval of someone else's",
      [revision("ana", "false", 1, [["ben", "approve", 9]]), revision("ben", "mixed", 3)],
      [
        ["ana", "false", "own_verdict"],
        ["ben", "mixed", "own_verdict"],
      ],
    ],
    [
      "of two approvals, the later one counts",
      [
        revision("ana", "false", 1, [["cy", "approve", 4]]),
        revision("ben", "mostly-false", 2, [["cy", "approve", 6]]),
      ],
      [
        ["ana", "false", "own_verdict"],
        ["ben", "mostly-false", "own_verdict"],
        ["cy", "mostly-false", "approval"],
      ],
    ],
    [
      "an admin's revision of a reviewer's verdict is the admin's value",
      [revision("ana", "false", 1), revision("admin", "mixed", 4)],
      [
        ["admin", "mixed", "own_verdict"],
        ["ana", "false", "own_verdict"],
      ],
    ],
    [
      "an author's review of their own revision is ignored",
      [revision("ana", "false", 1, [["ana", "approve", 2]])],
      [["ana", "false", "own_verdict"]],
    ],
  ] as const)("%s", (_name, revisions, expected) => {
    expect(valuesOf([...revisions])).toEqual(expected);
  });

  it("dates each value, and the claim by its latest value", () => {
    const values = reviewerValuesOf([revision("ana", "false", 1, [["ben", "approve", 7]])]);
    expect(values.map((value) => value.at)).toEqual([at(1), at(7)]);
    expect(datedAt(values)).toEqual(at(7));
    expect(datedAt([])).toBeNull();
  });
});
