import { AppError } from "@/lib/errors/app-error";
import { errorResponse } from "./responses";

/**
 * The methods a route answers, as Next.js counts them: the exported ones,
 * HEAD wherever there is GET, and OPTIONS everywhere (Next answers both
 * itself). Sorted, as Next sorts its own Allow header.
 */
export function allowedMethods(exported: readonly string[]): string[] {
  const methods = new Set([...exported, "OPTIONS"]);
  if (methods.has("GET")) methods.add("HEAD");
  return [...methods].sort();
}

/**
 * A 405 in the API's error shape with an `Allow` header, or null when the
 * route has the method. Next.js would answer an empty 405 without Allow.
 */
export function refuseUnsupportedMethod(
  method: string,
  pathname: string,
  exported: readonly string[],
): Response | null {
  const allowed = allowedMethods(exported);
  if (allowed.includes(method)) return null;
  const usable = exported.join(", ");
  const response = errorResponse(
    new AppError(
      "METHOD_NOT_ALLOWED",
      `${pathname} does not take ${method} requests; it answers ${usable}. See /api/v1/openapi.json.`,
      { allowed },
    ),
  );
  response.headers.set("Allow", allowed.join(", "));
  return response;
}
