import { describe, it, expect } from "vitest";
import { copyDemoReport, demoReport } from "./fixtures/demo-report";
import { countRatings, listReportedClaims, sortClaimsIntoSections } from "./report-sections";
import type { ReportClaim } from "./report-model";

const numbers = (claims: ReportClaim[]) => claims.map((claim) => claim.number);

describe("sortClaimsIntoSections", () => {
  it("puts approved claims with a verdict in checked, the rest but dismissed in notYetChecked", () => {
    const { checked, notYetChecked } = sortClaimsIntoSections(demoReport);
    expect(numbers(checked)).toEqual([1, 2, 6, 7, 10, 11]);
    expect(numbers(notYetChecked)).toEqual([3, 4, 8, 9]);
  });

  it("keeps article order even when the model is shuffled", () => {
    const model = copyDemoReport();
    model.claims.reverse();
    expect(numbers(sortClaimsIntoSections(model).checked)).toEqual([1, 2, 6, 7, 10, 11]);
  });

  it("lists an approved claim that lost its verdict as not yet checked instead of dropping it", () => {
    const model = copyDemoReport();
    const first = model.claims[0];
    if (!first) throw new Error("fixture");
    first.verdict = null;
    const { checked, notYetChecked } = sortClaimsIntoSections(model);
    expect(numbers(checked)).not.toContain(1);
    expect(numbers(notYetChecked)).toContain(1);
  });

  it.each([
    [true, [1, 2, 3, 4, 6, 7, 8, 9, 10, 11]],
    [false, [1, 2, 6, 7, 10, 11]],
  ])("listReportedClaims(includePending=%s)", (includePending, expected) => {
    expect(numbers(listReportedClaims(demoReport, includePending))).toEqual(expected);
  });
});

describe("countRatings", () => {
  it("counts approved claims per rating in scale order, zeros included", () => {
    expect(countRatings(demoReport).map(({ rating, count }) => [rating.key, count])).toEqual([
      ["true", 4],
      ["mostly-true", 1],
      ["mixed", 0],
      ["mostly-false", 0],
      ["false", 0],
      ["misleading", 0],
      ["unproven", 1],
    ]);
  });

  it("still counts a rating that was retired from the scale, after the scale", () => {
    const model = copyDemoReport();
    model.ratings = model.ratings.filter((rating) => rating.key !== "unproven");
    const counts = countRatings(model);
    expect(counts.at(-1)).toMatchObject({ rating: { key: "unproven" }, count: 1 });
    expect(counts.reduce((sum, entry) => sum + entry.count, 0)).toBe(6);
  });
});
