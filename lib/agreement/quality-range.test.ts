import { describe, expect, it } from "vitest";
import { monthOf, monthsOf, parseQualityRange, rangeBounds } from "./quality-range";

const now = new Date("2026-12-03T18:00:00Z");

describe("parseQualityRange", () => {
  it("defaults to the last 90 days, today included", () => {
    expect(parseQualityRange({}, now)).toEqual({
      range: { from: "2026-09-05", to: "2026-12-03" },
      entered: { from: "", to: "" },
      errors: {},
    });
    expect(parseQualityRange({ from: "", to: " " }, now).range).toEqual({
      from: "2026-09-05",
      to: "2026-12-03",
    });
  });

  it("takes a range as given, and fills a blank end", () => {
    expect(parseQualityRange({ from: "2026-01-01", to: "2026-03-31" }, now).range).toEqual({
      from: "2026-01-01",
      to: "2026-03-31",
    });
    expect(parseQualityRange({ from: "2026-01-01" }, now).range).toEqual({
      from: "2026-01-01",
      to: "2026-12-03",
    });
    expect(parseQualityRange({ to: "2026-03-31" }, now).range).toEqual({
      from: "2026-01-01",
      to: "2026-03-31",
    });
  });

  it.each<[Record<string, string | string[]>, "from" | "to", string]>([
    [{ from: "03/01/2026" }, "from", "Give the from date as YYYY-MM-DD, e.g. 2025-03-14."],
    [{ to: "2026-02-30" }, "to", "That to date does not exist. Check the day and month."],
    [{ from: "2026-05-01", to: "2026-04-01" }, "to", "The to date is before the from date. Swap them."],
    [
      { from: "2001-01-01", to: "2026-01-01" },
      "from",
      "Choose a range of at most ten years: move the from date later.",
    ],
    [{ from: ["2026-01-01", "2026-02-01"] }, "from", "Give one from date, as YYYY-MM-DD."],
  ])("reports %j on the field to fix and falls back to the default", (params, field, message) => {
    const parsed = parseQualityRange(params, now);
    expect(parsed.errors).toEqual({ [field]: message });
    expect(parsed.range).toEqual({ from: "2026-09-05", to: "2026-12-03" });
  });
});

describe("range helpers", () => {
  it("bounds a range by UTC midnights, the last day included", () => {
    expect(rangeBounds({ from: "2026-01-01", to: "2026-01-31" })).toEqual({
      start: new Date("2026-01-01T00:00:00Z"),
      end: new Date("2026-02-01T00:00:00Z"),
    });
  });

  it("lists every month the range touches, across a year end", () => {
    expect(monthsOf({ from: "2025-11-20", to: "2026-02-01" })).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
    expect(monthsOf({ from: "2026-03-01", to: "2026-03-02" })).toEqual(["2026-03"]);
    expect(monthOf(new Date("2026-01-31T23:59:59Z"))).toBe("2026-01");
  });
});
