/**
 * A token bucket per key, in memory: `capacity` requests at once, refilled
 * at `capacity` per `windowMs`. One app process serves the API (SQLite has
 * one writer), so process memory is the right place; several processes would
 * need a shared store.
 */
export interface RateLimiter {
  /** Takes one request from `key`'s bucket: 0 when allowed, else the seconds to wait. */
  take(key: string, now?: number): number;
}

export function createRateLimiter({
  capacity,
  windowMs,
}: {
  capacity: number;
  windowMs: number;
}): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = capacity / windowMs;
  return {
    take(key, now = Date.now()) {
      const bucket = buckets.get(key) ?? { tokens: capacity, at: now };
      bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * perMs);
      bucket.at = now;
      buckets.set(key, bucket);
      if (buckets.size > 10_000) forgetFullBuckets(buckets, capacity);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
    },
  };
}

/** Full buckets hold no information: drop them so the map stays small. */
function forgetFullBuckets(buckets: Map<string, { tokens: number; at: number }>, capacity: number) {
  for (const [key, bucket] of buckets) if (bucket.tokens >= capacity) buckets.delete(key);
}
