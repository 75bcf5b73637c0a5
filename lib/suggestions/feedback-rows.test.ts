import { describe, expect, it } from "vitest";
import { buildFeedbackRows, renderFeedbackTsv, type FeedbackRevision } from "./feedback-rows";

// Two sentences per revision: "Prices rose 5%." [0, 15) and "It rained." [16, 26).
const text = "Prices rose 5%. It rained.";
const sentences = [
  { start: 0, end: 15 },
  { start: 16, end: 26 },
];
const revision = (articleId: string, number: number, createdAt: string, body = text): FeedbackRevision => ({
  articleId,
  articleCreatedAt: new Date(createdAt),
  revision: number,
  text: body,
  sentences,
});
const older = revision("b-older", 1, "2026-01-01T00:00:00Z");
const newer = revision("a-newer", 1, "2026-02-01T00:00:00Z");
const newerRevised = revision("a-newer", 2, "2026-02-01T00:00:00Z");

const rows = (input: Partial<Parameters<typeof buildFeedbackRows>[0]>) =>
  buildFeedbackRows({ revisions: [older, newer, newerRevised], claims: [], rejections: [], ...input }).map(
    ({ id, text, label }) => [id, text, label],
  );

describe("buildFeedbackRows", () => {
  it.each([
    [
      "a claim inside a sentence labels the whole sentence Yes",
      { claims: [{ articleId: "b-older", revision: 1, start: 7, end: 14 }] },
      [["b-older-r1-0", "Prices rose 5%.", "Yes"]],
    ],
    [
      "a claim across two sentences labels both",
      { claims: [{ articleId: "b-older", revision: 1, start: 10, end: 20 }] },
      [
        ["b-older-r1-0", "Prices rose 5%.", "Yes"],
        ["b-older-r1-16", "It rained.", "Yes"],
      ],
    ],
    [
      "a claim touching a sentence's end without overlapping leaves it out",
      { claims: [{ articleId: "b-older", revision: 1, start: 15, end: 16 }] },
      [],
    ],
    [
      "a rejected suggestion is No",
      { rejections: [{ articleId: "b-older", revision: 1, start: 16, end: 26 }] },
      [["b-older-r1-16", "It rained.", "No"]],
    ],
    [
      "a sentence both rejected and claimed is Yes, once, whichever comes first",
      {
        rejections: [{ articleId: "b-older", revision: 1, start: 0, end: 15 }],
        claims: [
          { articleId: "b-older", revision: 1, start: 0, end: 6 },
          { articleId: "b-older", revision: 1, start: 7, end: 11 },
        ],
      },
      [["b-older-r1-0", "Prices rose 5%.", "Yes"]],
    ],
    [
      "the same sentence at two revisions is two rows",
      {
        claims: [
          { articleId: "a-newer", revision: 2, start: 0, end: 6 },
          { articleId: "a-newer", revision: 1, start: 0, end: 6 },
        ],
      },
      [
        ["a-newer-r1-0", "Prices rose 5%.", "Yes"],
        ["a-newer-r2-0", "Prices rose 5%.", "Yes"],
      ],
    ],
    [
      "a claim or rejection at a revision not given is left out",
      {
        claims: [{ articleId: "b-older", revision: 7, start: 0, end: 6 }],
        rejections: [{ articleId: "gone", revision: 1, start: 0, end: 15 }],
      },
      [],
    ],
  ])("%s", (_case, input, expected) => {
    expect(rows(input)).toEqual(expected);
  });

  it("orders by article age (then id), revision and position, not by input order", () => {
    expect(
      rows({
        rejections: [
          { articleId: "a-newer", revision: 2, start: 16, end: 26 },
          { articleId: "a-newer", revision: 1, start: 16, end: 26 },
          { articleId: "b-older", revision: 1, start: 16, end: 26 },
        ],
        claims: [{ articleId: "a-newer", revision: 1, start: 0, end: 3 }],
      }).map(([id]) => id),
    ).toEqual(["b-older-r1-16", "a-newer-r1-0", "a-newer-r1-16", "a-newer-r2-16"]);
  });

  it("puts each sentence on one line: tabs and line breaks become spaces", () => {
    const messy = { ...older, text: "Prices\trose\r\n5%. It rained.", sentences: [{ start: 0, end: 16 }] };
    expect(
      buildFeedbackRows({
        revisions: [messy],
        claims: [{ articleId: "b-older", revision: 1, start: 0, end: 3 }],
        rejections: [],
      }),
    ).toEqual([{ id: "b-older-r1-0", text: "Prices rose 5%.", label: "Yes" }]);
  });
});

describe("renderFeedbackTsv", () => {
  it("writes the training file's header and one tab-separated row per sentence", () => {
    expect(
      renderFeedbackTsv([
        { id: "a-r1-0", text: 'He said "no".', label: "No" },
        { id: "a-r1-14", text: "Prices rose 5%.", label: "Yes" },
      ]),
    ).toBe('Sentence_id\tText\tclass_label\na-r1-0\tHe said "no".\tNo\na-r1-14\tPrices rose 5%.\tYes\n');
  });

  it("writes only the header when there is nothing to export", () => {
    expect(renderFeedbackTsv([])).toBe("Sentence_id\tText\tclass_label\n");
  });
});
