import { getOpenApiDocument } from "@/lib/api/openapi/openapi-document";

/** The OpenAPI 3.1 description of /api/v1. Public: it describes the API, it reveals no data. */
export function GET() {
  return Response.json(getOpenApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
