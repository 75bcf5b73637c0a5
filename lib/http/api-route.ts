import { AppError } from "@/lib/errors/app-error";
import { apiSettings } from "@/lib/config/api-settings";
import { authenticateRequest, type ApiCaller } from "./authenticate-request";
import { createRateLimiter } from "./rate-limit";
import { errorResponse } from "./responses";

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (request: Request, context: { params: P } & ApiCaller) => Promise<Response>;

// One limiter per process, kept across hot reloads and route chunks.
const globalForLimiter = globalThis as unknown as { apiRateLimiter?: ReturnType<typeof createRateLimiter> };
const limiter = (globalForLimiter.apiRateLimiter ??= createRateLimiter({
  capacity: apiSettings().rateLimitPerMinute,
  windowMs: 60_000,
}));

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
      const wait = limiter.take(caller.tokenId ? `token:${caller.tokenId}` : `session:${caller.sessionId}`);
      if (wait > 0) {
        const what = caller.tokenId ? "with this token" : "from this session";
        throw new AppError("RATE_LIMITED", `Too many requests ${what}. Try again in ${wait} s.`, {
          retryAfterSeconds: wait,
        });
      }
      return await handler(request, { params: await context.params, ...caller });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
