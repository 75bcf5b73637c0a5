import { describe, expect, it } from "vitest";
import { secondsUntilToken, tokensAt } from "./rate-limit";

const limit = { capacity: 3, windowMs: 60_000 };

describe("token-bucket arithmetic", () => {
  it("refills at the capacity per window, never above the capacity", () => {
    expect(tokensAt({ tokens: 0, refilledAt: 0 }, 10_000, limit)).toBeCloseTo(0.5);
    expect(tokensAt({ tokens: 0, refilledAt: 0 }, 60_000, limit)).toBe(3);
    expect(tokensAt({ tokens: 2, refilledAt: 0 }, 600_000, limit)).toBe(3);
  });

  it("ignores a clock that went backwards (another instance's clock)", () => {
    expect(tokensAt({ tokens: 1, refilledAt: 5_000 }, 0, limit)).toBe(1);
  });

  it("says how many whole seconds until the next token, at least one", () => {
    expect(secondsUntilToken(0, limit)).toBe(20);
    expect(secondsUntilToken(0.5, limit)).toBe(10);
    expect(secondsUntilToken(0.9999, limit)).toBe(1);
  });
});
