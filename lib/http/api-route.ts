import { AppError } from "@/lib/errors/app-error";
import { apiSettings } from "@/lib/config/api-settings";
import { proxySettings } from "@/lib/config/proxy-settings";
import { authenticateRequest, type ApiCaller } from "./authenticate-request";
import { clientAddress } from "./client-address";
import { takeRateLimit } from "@/lib/data/rate-limits/take-rate-limit";
import type { RateLimit } from "./rate-limit";
import { errorResponse } from "./responses";

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (request: Request, context: { params: P } & ApiCaller) => Promise<Response>;

// Buckets live in the database, so every app instance counts against the same ones.
const callerLimit = (): RateLimit => ({ capacity: apiSettings().rateLimitPerMinute, windowMs: 60_000 });
const addressLimit = (): RateLimit => ({
  capacity: apiSettings().publicRateLimitPerMinute,
  windowMs: 60_000,
});

/**
 * Wraps an API route handler: authenticates the caller by token or session
 * (401 without either), applies the per-token or per-session rate limit (429 with
 * Retry-After), and turns any thrown error into the one JSON error shape.
 */
export function apiRoute<P>(handler: Handler<P>) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const caller = await authenticateRequest(request);
      // Tokens and browser sessions have a bucket each, so one busy script cannot starve a person.
      if (caller.tokenId) await takeRequest(callerLimit(), `token:${caller.tokenId}`, "with this token");
      else await takeRequest(callerLimit(), `session:${caller.sessionId}`, "from this session");
      return await handler(request, { params: await context.params, ...caller });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * Wraps a route that needs no sign-in (the single-use account links): the
 * same error shape, and a rate limit per client address instead of per
 * caller, so nobody can hammer the password hashing behind it.
 */
export function publicApiRoute(handler: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    try {
      const address = clientAddress(request.headers.get("x-forwarded-for"), proxySettings().trustedHops);
      await takeRequest(addressLimit(), `address:${address ?? "unknown"}`, "from this address");
      return await handler(request);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Takes one request from `key`'s bucket, or throws RATE_LIMITED with the wait. */
async function takeRequest(limit: RateLimit, key: string, from: string): Promise<void> {
  const wait = await takeRateLimit(key, limit);
  if (wait > 0) {
    throw new AppError("RATE_LIMITED", `Too many requests ${from}. Try again in ${wait} s.`, {
      retryAfterSeconds: wait,
    });
  }
}
