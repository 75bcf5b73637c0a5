import { describe, it, expect } from "vitest";
import { formatDay, formatTimestamp, reportDateOf, toDay } from "./report-dates";

describe("report dates", () => {
  it.each([
    ["2025-04-30", "30 April 2025"],
    ["2025-04-30T23:59:00.000Z", "30 April 2025"],
    ["not a date", "not a date"],
  ])("formatDay(%s) = %s", (value, expected) => {
    expect(formatDay(value)).toBe(expected);
  });

  it.each([
    ["2025-04-30T09:05:00.000Z", "30 April 2025, 09:05 UTC"],
    ["2025-04-30T00:00:00+02:00", "29 April 2025, 22:00 UTC"],
  ])("formatTimestamp(%s) = %s", (value, expected) => {
    expect(formatTimestamp(value)).toBe(expected);
  });

  it.each<[string | null, string | null]>([
    ["2025-04-30T09:05:00.000Z", "2025-04-30"],
    ["2025-04-30", "2025-04-30"],
    ["garbage", null],
    [null, null],
  ])("toDay(%s) = %s", (value, expected) => {
    expect(toDay(value)).toBe(expected);
  });

  it.each([
    [{ version: 1, publishedAt: "2025-05-01T08:00:00.000Z" }, "2025-05-01T08:00:00.000Z"],
    [null, "2025-04-30T12:00:00.000Z"],
  ])("report date prefers the publication (%o)", (publication, expected) => {
    expect(reportDateOf({ publication, generatedAt: "2025-04-30T12:00:00.000Z" })).toBe(expected);
  });
});
