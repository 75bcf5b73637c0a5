import { describe, expect, it } from "vitest";
import type { ReliabilityUnit } from "./coincidence-matrix";
import { krippendorffAlpha } from "./krippendorff-alpha";
import { rawAgreement } from "./raw-agreement";

/** Published tables are one row per coder (null = missing); alpha wants one list of values per unit. */
function unitsOf(coderRows: ReadonlyArray<ReadonlyArray<number | null>>): ReliabilityUnit<number>[] {
  const width = Math.max(...coderRows.map((row) => row.length));
  return Array.from({ length: width }, (_, unit) =>
    coderRows.flatMap((row) => (row[unit] === null || row[unit] === undefined ? [] : [row[unit]])),
  );
}

const _ = null;

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
// 4 observers, 12 units, values 1–5, with missing data. The paper gives
// α nominal .743, ordinal .815, interval .849 (ratio .797).
const krippendorff2011C = unitsOf([
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]);

// Krippendorff (2011), section A (also Content Analysis, 2004, §11.3.1):
// 2 observers, 10 units, binary, no missing data; α = .095.
const krippendorff2011A = unitsOf([
  [1, 1, 0, 0, 0, 0, 0, 0, 0, 0],
  [0, 1, 1, 0, 0, 1, 0, 1, 0, 0],
]);

// Krippendorff, Content Analysis (2004), the worked example Wikipedia's
// "Krippendorff's alpha" article repeats: 3 coders, 15 units, missing data;
// α nominal .691, interval .811.
const contentAnalysis2004 = unitsOf([
  [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
  [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
  [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
]);

const oneToFive = [1, 2, 3, 4, 5];

describe("krippendorffAlpha against published worked examples", () => {
  it.each([
    ["Krippendorff 2011 C, nominal", krippendorff2011C, "nominal", oneToFive, 0.743],
    ["Krippendorff 2011 C, ordinal", krippendorff2011C, "ordinal", oneToFive, 0.815],
    ["Krippendorff 2011 C, interval", krippendorff2011C, "interval", oneToFive, 0.849],
    ["Krippendorff 2011 A, binary nominal", krippendorff2011A, "nominal", [0, 1], 0.095],
    ["Content Analysis 2004, nominal", contentAnalysis2004, "nominal", [1, 2, 3, 4], 0.691],
    ["Content Analysis 2004, interval", contentAnalysis2004, "interval", [1, 2, 3, 4], 0.811],
  ] as const)("%s: α = %s", (_name, units, level, scale, published) => {
    const result = krippendorffAlpha(units, level, scale);
    expect(result.alpha).not.toBeNull();
    expect(Number(result.alpha!.toFixed(3))).toBe(published);
  });

  it("counts the pairable units and values, leaving out units with one value", () => {
    // Unit 12 has one value (observer B's 3), so 11 units and 40 values are pairable.
    expect(krippendorffAlpha(krippendorff2011C, "ordinal", oneToFive)).toMatchObject({
      pairableUnits: 11,
      pairableValues: 40,
    });
  });

  it("computes alpha as 1 − D_o / D_e", () => {
    // Krippendorff 2011 C, nominal: the off-diagonal coincidences sum to 8 of n = 40 pairable values.
    const result = krippendorffAlpha(krippendorff2011C, "nominal", oneToFive);
    if (result.alpha === null) throw new Error("expected a value");
    expect(result.observedDisagreement).toBeCloseTo(8 / 40, 12);
    expect(1 - result.observedDisagreement / result.expectedDisagreement).toBe(result.alpha);
  });
});

describe("krippendorffAlpha edge cases", () => {
  it("is null, saying why, when no unit has two values", () => {
    expect(krippendorffAlpha([[1], [], [2]], "ordinal", oneToFive)).toEqual({
      alpha: null,
      reason: "no_pairable_units",
      pairableUnits: 0,
      pairableValues: 0,
    });
    expect(krippendorffAlpha([], "nominal", oneToFive).alpha).toBeNull();
  });

  it("is 1 when every coder agrees on every unit", () => {
    const units = [
      [1, 1, 1],
      [3, 3],
      [5, 5, 5],
    ];
    for (const level of ["nominal", "ordinal", "interval"] as const) {
      expect(krippendorffAlpha(units, level, oneToFive).alpha).toBe(1);
    }
  });

  it("is null when every pairable value is the same: no variation, nothing to measure", () => {
    expect(
      krippendorffAlpha(
        [
          [2, 2],
          [2, 2, 2],
          [4], // unpairable: does not count as variation
        ],
        "ordinal",
        oneToFive,
      ),
    ).toMatchObject({ alpha: null, reason: "no_variation", pairableUnits: 2 });
  });

  it("goes below 0 when coders disagree systematically", () => {
    const result = krippendorffAlpha(
      [
        [1, 5],
        [5, 1],
        [1, 5],
      ],
      "ordinal",
      oneToFive,
    );
    expect(result.alpha).toBeLessThan(0);
  });

  it("ranks by the scale's order for ordinal data, not by the values themselves", () => {
    const close = [
      ["b", "c"],
      ["a", "a"],
      ["c", "c"],
    ];
    const inOrder = krippendorffAlpha(close, "ordinal", ["a", "b", "c"]).alpha!;
    const reordered = krippendorffAlpha(close, "ordinal", ["b", "a", "c"]).alpha!;
    expect(inOrder).toBeGreaterThan(reordered); // b and c are neighbours only in the first order
  });

  it("ignores ranks nobody used, for ordinal data", () => {
    const units = krippendorff2011C;
    const withGap = units.map((unit) => unit.map((value) => (value >= 3 ? value + 1 : value)));
    expect(krippendorffAlpha(withGap, "ordinal", [1, 2, 3, 4, 5, 6]).alpha).toBeCloseTo(
      krippendorffAlpha(units, "ordinal", oneToFive).alpha!,
      12,
    );
  });

  it("does not depend on the order of coders within a unit", () => {
    const reversed = krippendorff2011C.map((unit) => [...unit].reverse());
    expect(krippendorffAlpha(reversed, "ordinal", oneToFive).alpha).toBeCloseTo(
      krippendorffAlpha(krippendorff2011C, "ordinal", oneToFive).alpha!,
      12,
    );
  });

  it("refuses a value that is not on the scale, naming it", () => {
    expect(() => krippendorffAlpha([[1, 9]], "ordinal", oneToFive)).toThrow(/9 is not on the scale/);
  });

  it("refuses interval alpha on values that are not numbers", () => {
    expect(() => krippendorffAlpha([["a", "b"]], "interval", ["a", "b"])).toThrow(/needs numbers/);
  });
});

describe("rawAgreement", () => {
  it("is the share of within-unit value pairs that agree", () => {
    // Krippendorff 2011 C: 55 pairs over the 11 pairable units, 43 of them equal.
    expect(rawAgreement(krippendorff2011C)).toEqual({ share: 43 / 55, agreeingPairs: 43, pairs: 55 });
  });

  it("counts every pair in a unit with three values", () => {
    expect(rawAgreement([["a", "a", "b"]])).toEqual({ share: 1 / 3, agreeingPairs: 1, pairs: 3 });
  });

  it("is null when no unit has two values", () => {
    expect(rawAgreement([["a"], []])).toEqual({ share: null, agreeingPairs: 0, pairs: 0 });
  });

  it("is 1 for perfect agreement", () => {
    expect(
      rawAgreement([
        [1, 1],
        [2, 2, 2],
      ]).share,
    ).toBe(1);
  });
});
