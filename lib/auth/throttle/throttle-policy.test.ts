import { describe, expect, it } from "vitest";
import {
  accountLimits,
  addressLimits,
  afterFailure,
  blockAfter,
  FORGET_AFTER_MS,
  tooManyAttemptsMessage,
  waitFor,
} from "./throttle-policy";

const minute = 60_000;

describe("sign-in throttle policy", () => {
  it.each([
    // failures, account delay, address delay
    [1, 0, 0],
    [5, 0, 0],
    [6, 1 * minute, 0],
    [7, 2 * minute, 0],
    [8, 4 * minute, 0],
    [9, 8 * minute, 0],
    [10, 15 * minute, 0],
    [50, 15 * minute, 15 * minute],
    [20, 15 * minute, 0],
    [21, 15 * minute, 1 * minute],
    [22, 15 * minute, 2 * minute],
  ])("after %i failures: blocked %i ms per account, %i ms per address", (failures, account, address) => {
    expect(blockAfter(failures, accountLimits)).toBe(account);
    expect(blockAfter(failures, addressLimits)).toBe(address);
  });

  it("counts failures in a row and blocks once the free ones are used", () => {
    const start = new Date("2026-12-01T10:00:00Z");
    let state = null;
    for (let i = 0; i < 6; i += 1) state = afterFailure(state, accountLimits, start);
    expect(state).toEqual({
      failures: 6,
      lastFailureAt: start,
      blockedUntil: new Date(start.getTime() + minute),
    });
    expect(waitFor(state, start)).toBe(minute);
    expect(waitFor(state, new Date(start.getTime() + minute))).toBe(0);
  });

  it("the delay grows with every failure after the block ends", () => {
    const start = new Date("2026-12-01T10:00:00Z").getTime();
    let state = null;
    const waits: number[] = [];
    let now = start;
    for (let i = 0; i < 9; i += 1) {
      state = afterFailure(state, accountLimits, new Date(now));
      waits.push(waitFor(state, new Date(now)));
      now += waitFor(state, new Date(now));
    }
    expect(waits).toEqual([0, 0, 0, 0, 0, minute, 2 * minute, 4 * minute, 8 * minute]);
  });

  it("forgets a count after a day without failures", () => {
    const start = new Date("2026-12-01T10:00:00Z");
    const old = { failures: 9, lastFailureAt: start, blockedUntil: null };
    const later = new Date(start.getTime() + FORGET_AFTER_MS);
    expect(afterFailure(old, accountLimits, later)).toMatchObject({ failures: 1, blockedUntil: null });
  });

  it("no state means no wait", () => {
    expect(waitFor(null, new Date())).toBe(0);
  });

  it.each([
    [1, "Too many attempts; try again in 1 second."],
    [45_000, "Too many attempts; try again in 45 seconds."],
    [60_000, "Too many attempts; try again in 1 minute."],
    [61_000, "Too many attempts; try again in 2 minutes."],
    [120_000, "Too many attempts; try again in 2 minutes."],
    [15 * minute, "Too many attempts; try again in 15 minutes."],
  ])("%i ms → %s", (wait, message) => {
    expect(tooManyAttemptsMessage(wait)).toBe(message);
  });
});
