import { describe, expect, it } from "vitest";
import { suggestionLabel } from "./suggestion-label";

describe("suggestionLabel", () => {
  it.each([
    [1, 0.5, "very likely check-worthy"],
    [0.75, 0.5, "very likely check-worthy"],
    [0.7499, 0.5, "likely check-worthy"],
    [0.5, 0.5, "likely check-worthy"],
    [0.4999, 0.5, "possibly check-worthy"],
    [0.375, 0.5, "possibly check-worthy"],
    [0.3749, 0.5, "unlikely check-worthy"],
    [0, 0.5, "unlikely check-worthy"],
    // The bands follow the threshold: the same score reads differently.
    [0.7, 0.2, "very likely check-worthy"],
    [0.5, 0.2, "likely check-worthy"],
    [0.6, 0.8, "unlikely check-worthy"],
    [0.65, 0.8, "possibly check-worthy"],
  ])("score %s with threshold %s is %s", (score, threshold, label) => {
    expect(suggestionLabel(score, threshold)).toBe(label);
  });
});
