import { describe, expect, it } from "vitest";
import { formatInZone, formatUtc } from "./format-date-time";

const moment = new Date("2026-12-03T15:09:00Z");

describe("formatUtc", () => {
  it("writes the moment in UTC and says so", () => {
    expect(formatUtc(moment)).toBe("3 Dec 2026, 15:09 UTC");
  });

  it("writes only the day for day style", () => {
    expect(formatUtc(new Date("2026-12-03T23:30:00Z"), "day")).toBe("3 Dec 2026");
  });
});

describe("formatInZone", () => {
  it("moves the moment into the zone and names the zone", () => {
    expect(formatInZone(moment, "dateTime", "America/New_York")).toBe("3 Dec 2026, 10:09 GMT-5");
    expect(formatInZone(moment, "dateTime", "Asia/Kolkata")).toBe("3 Dec 2026, 20:39 GMT+5:30");
  });

  it("can land on another day than UTC", () => {
    expect(formatInZone(new Date("2026-12-03T23:30:00Z"), "day", "Asia/Tokyo")).toBe("4 Dec 2026");
  });
});
