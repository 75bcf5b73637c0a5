import { getCurrentUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";
import { errorResponse } from "./responses";

type RouteContext<P> = { params: Promise<P> };

/**
 * Wraps an API route handler: resolves the signed-in user (401 without one)
 * and turns any thrown error into the one JSON error shape.
 */
export function apiRoute<P>(
  handler: (request: Request, context: { params: P; user: SessionUser }) => Promise<Response>,
) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const user = await getCurrentUser();
      if (!user) throw new AppError("UNAUTHORIZED", "Sign in first.");
      return await handler(request, { params: await context.params, user });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
