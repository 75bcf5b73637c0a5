import { AppError } from "@/lib/errors/app-error";
import { errorResponse } from "@/lib/http/responses";

/**
 * Any /api/v1 address no route serves: a 404 in the API's one error shape,
 * rather than the app's HTML "not found" page, so scripts can always parse
 * the answer.
 */
function unknownRoute(request: Request) {
  const { pathname } = new URL(request.url);
  return errorResponse(
    new AppError(
      "NOT_FOUND",
      `There is no API endpoint ${request.method} ${pathname}. See /api/v1/openapi.json.`,
    ),
  );
}

export {
  unknownRoute as GET,
  unknownRoute as POST,
  unknownRoute as PUT,
  unknownRoute as PATCH,
  unknownRoute as DELETE,
};
