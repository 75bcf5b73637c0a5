import { describe, expect, it } from "vitest";
import { fitListwise } from "./listwise";
import { candidateProbabilities, linearScore } from "./model";

// Two features: the first tells the gold candidate apart, the second is noise.
const lists = [
  {
    features: [
      [0.9, 0.1],
      [0.2, 0.8],
      [0.1, 0.5],
    ],
    gold: [true, false, false],
  },
  {
    features: [
      [0.3, 0.9],
      [0.8, 0.2],
      [0.2, 0.1],
    ],
    gold: [false, true, false],
  },
  {
    features: [
      [0.1, 0.3],
      [0.2, 0.6],
      [0.7, 0.9],
    ],
    gold: [false, false, true],
  },
  {
    features: [
      [0.6, 0.4],
      [0.5, 0.9],
      [0.1, 0.2],
    ],
    gold: [true, false, false],
  },
];

describe("fitListwise", () => {
  it("learns to put each list's gold candidate first, the same way every run", () => {
    const fit = fitListwise(lists, 0.01);
    expect(fit.weights[0]).toBeGreaterThan(Math.abs(fit.weights[1]!));
    for (const list of lists) {
      const scores = list.features.map((features) => linearScore(fit, features));
      expect(list.gold[scores.indexOf(Math.max(...scores))]).toBe(true);
    }
    expect(fitListwise(lists, 0.01)).toEqual(fit);
  });

  it("shrinks the weights as L2 grows", () => {
    expect(Math.abs(fitListwise(lists, 10).weights[0]!)).toBeLessThan(
      Math.abs(fitListwise(lists, 0.01).weights[0]!),
    );
  });
});

describe("candidateProbabilities", () => {
  it("leaves the rest of the mass to 'none of these'", () => {
    const [a, b] = candidateProbabilities([2, 0], 0);
    expect(a! + b!).toBeLessThan(1);
    expect(a).toBeGreaterThan(b!);
    expect(candidateProbabilities([-5], 3)[0]).toBeLessThan(0.01);
  });
});
