/**
 * Token-bucket rate limits: `capacity` requests at once, refilled at
 * `capacity` per `windowMs`. The buckets live in the database
 * (lib/data/rate-limits), so every app instance counts against the same
 * ones; this file holds the arithmetic both sides agree on.
 */
export interface RateLimit {
  capacity: number;
  windowMs: number;
}

export interface Bucket {
  tokens: number;
  /** When `tokens` was last brought up to date, in ms since the epoch. */
  refilledAt: number;
}

/** Tokens in `bucket` at `now`, refilled since its last update and capped at the capacity. */
export function tokensAt(bucket: Bucket, now: number, limit: RateLimit): number {
  const perMs = limit.capacity / limit.windowMs;
  return Math.min(limit.capacity, bucket.tokens + Math.max(0, now - bucket.refilledAt) * perMs);
}

/** Whole seconds (at least 1) until a bucket holding `tokens` has one to give. */
export function secondsUntilToken(tokens: number, limit: RateLimit): number {
  const perMs = limit.capacity / limit.windowMs;
  return Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
}
