import { db } from "@/lib/db/client";
import { createBucketStatement, takeTokenStatement } from "@/lib/db/dialect";
import { unlessStorageFails } from "@/lib/db/storage-failure";
import { secondsUntilToken, tokensAt, type RateLimit } from "@/lib/http/rate-limit";

/**
 * Takes one request from `key`'s bucket, shared by every app instance:
 * 0 when allowed, else the seconds to wait. The take is one atomic UPDATE
 * (lib/db/dialect.ts), so instances racing for the last token cannot both
 * get it. While the database refuses writes (disk full, read-only) every
 * request is allowed, so reads keep working.
 */
export function takeRateLimit(key: string, limit: RateLimit, now = Date.now()): Promise<number> {
  return unlessStorageFails(() => take(key, limit, now), 0);
}

async function take(key: string, limit: RateLimit, now: number): Promise<number> {
  await db.$executeRaw(createBucketStatement({ key, now, capacity: limit.capacity }));
  const taken = await db.$queryRaw<unknown[]>(takeTokenStatement({ key, now, ...limit }));
  if (Math.random() < 0.005) void forgetFullBuckets(limit, now);
  if (taken.length > 0) return 0;
  const bucket = await db.rateLimitBucket.findUnique({ where: { key } });
  return secondsUntilToken(bucket ? tokensAt(bucket, now, limit) : 0, limit);
}

/** A bucket untouched for a whole window is full again and holds no information. */
async function forgetFullBuckets(limit: RateLimit, now: number): Promise<void> {
  await db.rateLimitBucket
    .deleteMany({ where: { refilledAt: { lt: now - limit.windowMs } } })
    .catch(() => undefined);
}
