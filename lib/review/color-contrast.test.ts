import { describe, expect, it } from "vitest";
import { defaultRatings } from "./default-ratings";
import { contrastRatio, isHexColor, isReadableOnWhite, relativeLuminance } from "./color-contrast";

describe("colour contrast (WCAG 2)", () => {
  it.each([
    ["#000000", 0],
    ["#ffffff", 1],
    ["#FFFFFF", 1],
    ["#ff0000", 0.2126],
    ["#00ff00", 0.7152],
    ["#0000ff", 0.0722],
  ])("the luminance of %s is %d", (hex, expected) => {
    expect(relativeLuminance(hex)).toBeCloseTo(expected, 4);
  });

  it.each([
    ["#000000", "#ffffff", 21],
    ["#ffffff", "#000000", 21],
    ["#ffffff", "#ffffff", 1],
    ["#ff0000", "#ffffff", 4],
    ["#0000ff", "#ffffff", 8.59],
    ["#767676", "#ffffff", 4.54],
    ["#777777", "#ffffff", 4.48],
  ])("%s against %s is %d:1", (a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 2);
  });

  it.each([
    ["#767676", true, "the lightest grey that passes AA"],
    ["#777777", false, "one step lighter fails"],
    ["#000000", true, "black"],
    ["#ffff00", false, "yellow"],
    ["#ff0000", false, "pure red (4:1)"],
    ["#B91C1C", true, "upper-case hex"],
    ["#fff", false, "short hex is not accepted"],
    ["15803d", false, "no #"],
    ["#15803g", false, "not hex"],
    ["", false, "empty"],
  ])("%s readable on white: %s (%s)", (hex, expected) => {
    expect(isReadableOnWhite(hex)).toBe(expected);
  });

  it.each(defaultRatings.map((r) => [r.label, r.color]))("the default %s colour %s passes AA", (_, color) => {
    expect(isReadableOnWhite(color)).toBe(true);
  });

  it("refuses to measure something that is not a #rrggbb colour", () => {
    expect(isHexColor("#abc")).toBe(false);
    expect(() => relativeLuminance("red")).toThrow(RangeError);
  });
});
