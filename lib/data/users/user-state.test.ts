import { describe, expect, it } from "vitest";
import { invitationStateOf, userStateOf } from "./user-state";

const now = new Date("2026-12-01T12:00:00Z");

describe("account and invitation states", () => {
  it.each([
    [null, "active"],
    [new Date("2026-11-30T00:00:00Z"), "deactivated"],
  ] as const)("disabledAt %s → %s", (disabledAt, state) => {
    expect(userStateOf({ disabledAt })).toBe(state);
  });

  it.each([
    ["2026-12-08T12:00:00Z", "pending"],
    ["2026-12-01T12:00:00.001Z", "pending"],
    ["2026-12-01T12:00:00Z", "expired"],
    ["2026-11-01T00:00:00Z", "expired"],
  ] as const)("an invitation expiring %s is %s", (expiresAt, state) => {
    expect(invitationStateOf({ expiresAt: new Date(expiresAt) }, now)).toBe(state);
  });
});
