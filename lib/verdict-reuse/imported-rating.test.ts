import { describe, expect, it } from "vitest";
import { mapImportedRating, type ScaleRating } from "./imported-rating";

const scale: ScaleRating[] = [
  { key: "true", label: "True", value: 5 },
  { key: "mostly-true", label: "Mostly true", value: 4 },
  { key: "half-true", label: "Half true", value: 3 },
  { key: "mostly-false", label: "Mostly false", value: 2 },
  { key: "false", label: "False", value: 1 },
  { key: "misleading", label: "Misleading", value: null },
];
const imported = (ratingName: string, numbers: [number, number, number] | null = null) => ({
  ratingName,
  ratingValue: numbers?.[0] ?? null,
  worstRating: numbers?.[1] ?? null,
  bestRating: numbers?.[2] ?? null,
});

describe("a verdict started from an imported fact-check begins with a rating of the newsroom's scale", () => {
  it("takes the rating with the same name, whatever its case, spacing or width", () => {
    expect(mapImportedRating(imported("  MOSTLY   true "), scale)).toBe("mostly-true");
    expect(mapImportedRating(imported("Ｆａｌｓｅ"), scale)).toBe("false");
    expect(mapImportedRating(imported("Misleading", [1, 1, 5]), scale)).toBe("misleading");
  });

  it("places a number on the publisher's scale at the same place on the newsroom's", () => {
    expect(mapImportedRating(imported("Pants on Fire", [0, 0, 5]), scale)).toBe("false");
    expect(mapImportedRating(imported("Correct", [10, 0, 10]), scale)).toBe("true");
    expect(mapImportedRating(imported("Half Right", [2, 1, 3]), scale)).toBe("half-true");
    expect(mapImportedRating(imported("Largely accurate", [75, 0, 100]), scale)).toBe("mostly-true");
  });

  it("leaves the choice to the reviewer when the words match nothing and the numbers say nothing", () => {
    expect(mapImportedRating(imported("Four Pinocchios"), scale)).toBeNull();
    expect(mapImportedRating(imported("Odd", [3, 3, 3]), scale)).toBeNull();
    expect(mapImportedRating(imported("Off the scale", [9, 1, 5]), scale)).toBeNull();
    expect(
      mapImportedRating(imported("Whatever", [1, 1, 5]), [{ key: "x", label: "X", value: 3 }]),
    ).toBeNull();
  });
});
