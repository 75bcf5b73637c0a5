import { z } from "zod";
import { positiveInteger } from "./env-number";

const apiSettingsSchema = z.object({
  /** Requests per minute per access token, with bursts up to the same number. */
  API_RATE_LIMIT_PER_MINUTE: positiveInteger(300),
  /** Requests per minute per client address to the routes that need no sign-in (account links). */
  PUBLIC_RATE_LIMIT_PER_MINUTE: positiveInteger(30),
});

export interface ApiSettings {
  rateLimitPerMinute: number;
  publicRateLimitPerMinute: number;
}

let cached: ApiSettings | undefined;

/** The API's limits, read from process.env once; a bad value stops the server with the variable's name. */
export function apiSettings(): ApiSettings {
  if (cached) return cached;
  const parsed = apiSettingsSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(
      `Invalid ${String(parsed.error.issues[0]?.path[0] ?? "API_RATE_LIMIT_PER_MINUTE")}: ${parsed.error.issues[0]?.message ?? "not a number"}`,
    );
  }
  cached = {
    rateLimitPerMinute: parsed.data.API_RATE_LIMIT_PER_MINUTE,
    publicRateLimitPerMinute: parsed.data.PUBLIC_RATE_LIMIT_PER_MINUTE,
  };
  return cached;
}
