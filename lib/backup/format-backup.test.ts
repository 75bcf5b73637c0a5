import { describe, expect, it } from "vitest";
import { formatBackupAge, formatBackupSize, isBackupStale } from "./format-backup";

describe("formatBackupSize", () => {
  it("shows small databases in kB, never as 0", () => {
    expect(formatBackupSize(100)).toBe("1 kB");
    expect(formatBackupSize(372_736)).toBe("364 kB");
  });
  it("shows a megabyte and over in MB", () => {
    expect(formatBackupSize(1024 * 1024)).toBe("1 MB");
    expect(formatBackupSize(3_355_443)).toBe("3.2 MB");
  });
});

describe("formatBackupAge", () => {
  const now = new Date("2026-12-03T12:00:00Z");
  const before = (ms: number) => new Date(now.getTime() - ms);
  it.each([
    [0, "just now"],
    [59_000, "just now"],
    [60_000, "1 minute ago"],
    [45 * 60_000, "45 minutes ago"],
    [60 * 60_000, "1 hour ago"],
    [23.9 * 3600_000, "23 hours ago"],
    [24 * 3600_000, "1 day ago"],
    [9 * 24 * 3600_000, "9 days ago"],
  ])("%d ms before is %s", (ms, text) => expect(formatBackupAge(before(ms), now)).toBe(text));
  it("a clock a little behind the server's reads as just now, not as the future", () => {
    expect(formatBackupAge(new Date(now.getTime() + 5_000), now)).toBe("just now");
  });
});

describe("isBackupStale", () => {
  const now = new Date("2026-12-03T12:00:00Z");
  it("a daily backup that ran a little late is not stale; one that missed a day is", () => {
    expect(isBackupStale(new Date("2026-12-02T11:00:00Z"), now)).toBe(false);
    expect(isBackupStale(new Date("2026-12-02T09:00:00Z"), now)).toBe(true);
  });
});
