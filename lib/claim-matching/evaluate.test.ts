import { describe, expect, it } from "vitest";
import { averagePrecisionAt, evaluateRankings } from "./evaluate";

describe("MAP@5 as the CheckThat! 2020 Task 2 evaluate.py scores it", () => {
  it.each([
    ["gold first", ["g", "a", "b"], ["g"], 1],
    ["gold third", ["a", "b", "g"], ["g"], 1 / 3],
    ["gold sixth is past the cut", ["a", "b", "c", "d", "e", "g"], ["g"], 0],
    // Two gold claims at ranks 2 and 4: (1/2 + 2/4) / min(2, 5) = 0.5.
    ["two gold at 2 and 4", ["a", "g1", "b", "g2"], ["g1", "g2"], 0.5],
    // Seven gold, three found at ranks 1-3: (1 + 1 + 1) / min(7, 5) = 0.6.
    [
      "more gold than the depth",
      ["g1", "g2", "g3", "a", "b"],
      ["g1", "g2", "g3", "g4", "g5", "g6", "g7"],
      0.6,
    ],
    ["no ranking", [], ["g"], 0],
  ])("%s", (_, ranked, gold, expected) => {
    expect(averagePrecisionAt(ranked, new Set(gold))).toBeCloseTo(expected, 12);
  });

  it("averages over every query of the qrels, scoring a missing query 0, with P@1", () => {
    const qrels = new Map([
      ["q1", new Set(["g"])],
      ["q2", new Set(["h"])],
      ["q3", new Set(["k"])],
    ]);
    const rankings = new Map([
      ["q1", ["g", "x"]],
      ["q2", ["x", "h"]],
    ]);
    const metrics = evaluateRankings(rankings, qrels);
    expect(metrics.map5).toBeCloseTo((1 + 0.5 + 0) / 3, 12);
    expect(metrics.precisionAt1).toBeCloseTo(1 / 3, 12);
    expect(metrics.queries).toBe(3);
  });
});
