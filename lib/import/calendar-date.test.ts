import { describe, it, expect } from "vitest";
import { toCalendarDate } from "./calendar-date";

describe("toCalendarDate", () => {
  it.each<[string | null | undefined, string | null]>([
    ["2025-04-28", "2025-04-28"],
    ["2025-04-28T14:05:00Z", "2025-04-28"],
    ["2025-04-28T23:30:00-05:00", "2025-04-28"], // the publisher's own date, not shifted to UTC
    ["2025-04-28 09:00", "2025-04-28"],
    ["  2024-02-29T00:00:00+01:00 ", "2024-02-29"],
    ["2025-02-30", null],
    ["2025-13-01", null],
    ["2025-04-28garbage", null],
    ["April 28, 2025", null],
    ["28/04/2025", null],
    ["", null],
    [null, null],
    [undefined, null],
  ])("%s → %s", (value, expected) => {
    expect(toCalendarDate(value)).toBe(expected);
  });
});
