import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";

// Against the real database (SQLite, or PostgreSQL with TEST_POSTGRES_URL),
// where every app instance keeps its buckets.
const database = createTempDatabase({ demo: false });
const { db } = await import("@/lib/db/client");
const { takeRateLimit } = await import("./take-rate-limit");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

const limit = { capacity: 5, windowMs: 60_000 };

describe("rate limits shared through the database", () => {
  it("allows the capacity, then gives the wait in seconds, and refills with time", async () => {
    const now = 1_000_000;
    const waits = [];
    for (let i = 0; i < 6; i++) waits.push(await takeRateLimit("caller:a", limit, now));
    expect(waits).toEqual([0, 0, 0, 0, 0, 12]);
    expect(await takeRateLimit("caller:a", limit, now + 12_000)).toBe(0);
    expect(await takeRateLimit("caller:a", limit, now + 12_000)).toBe(12);
    expect(await takeRateLimit("caller:b", limit, now)).toBe(0);
  });

  it("gives out exactly the capacity when many requests race for one bucket", async () => {
    const now = 2_000_000;
    const waits = await Promise.all(
      Array.from({ length: 40 }, () => takeRateLimit("caller:race", limit, now)),
    );
    expect(waits.filter((wait) => wait === 0)).toHaveLength(5);
    expect(waits.filter((wait) => wait > 0)).toHaveLength(35);
    const bucket = await db.rateLimitBucket.findUniqueOrThrow({ where: { key: "caller:race" } });
    expect(bucket.tokens).toBeCloseTo(0);
  });
});
