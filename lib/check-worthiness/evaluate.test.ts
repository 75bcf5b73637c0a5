import { describe, expect, it } from "vitest";
import { averagePrecision, bestThreshold, evaluateAtThreshold } from "./evaluate";

describe("check-worthiness metrics", () => {
  const scores = [0.9, 0.8, 0.7, 0.4, 0.2];
  const labels: (0 | 1)[] = [1, 0, 1, 0, 1];

  it("computes F1, precision and recall of the positive class", () => {
    const metrics = evaluateAtThreshold(scores, labels, 0.5);
    expect(metrics.precision).toBeCloseTo(2 / 3, 10);
    expect(metrics.recall).toBeCloseTo(2 / 3, 10);
    expect(metrics.f1).toBeCloseTo(2 / 3, 10);
  });

  it("computes average precision over the ranking", () => {
    expect(averagePrecision(scores, labels)).toBeCloseTo((1 + 2 / 3 + 3 / 5) / 3, 10);
    expect(averagePrecision([0.1, 0.2], [0, 0])).toBe(0);
  });

  it("chooses the threshold that maximises F1", () => {
    const threshold = bestThreshold(scores, labels);
    expect(evaluateAtThreshold(scores, labels, threshold).f1).toBeCloseTo(0.75, 10);
    expect(threshold).toBeLessThanOrEqual(0.2);
  });
});
