import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

describe("createRateLimiter", () => {
  it("allows a burst up to the capacity, then says how long to wait", () => {
    const limiter = createRateLimiter({ capacity: 3, windowMs: 60_000 });
    expect([0, 0, 0].map(() => limiter.take("a", 0))).toEqual([0, 0, 0]);
    expect(limiter.take("a", 0)).toBe(20);
  });

  it("refills over time", () => {
    const limiter = createRateLimiter({ capacity: 3, windowMs: 60_000 });
    for (let i = 0; i < 3; i++) limiter.take("a", 0);
    expect(limiter.take("a", 10_000)).toBe(10);
    expect(limiter.take("a", 20_000)).toBe(0);
  });

  it("keeps each key's bucket separate", () => {
    const limiter = createRateLimiter({ capacity: 1, windowMs: 1000 });
    expect(limiter.take("a", 0)).toBe(0);
    expect(limiter.take("b", 0)).toBe(0);
    expect(limiter.take("a", 0)).toBeGreaterThan(0);
  });
});
