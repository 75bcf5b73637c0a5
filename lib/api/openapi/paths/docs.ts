import type { ApiOperation } from "../operation";

export const docsOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/openapi.json",
    operationId: "getOpenApiDocument",
    tag: "Docs",
    summary: "This OpenAPI 3.1 description",
    description: "Public: no token needed. The readable version is the app's /api-docs page.",
    allowed: "anyone",
    public: true,
    responses: { 200: { description: "The OpenAPI document.", contentType: "application/json" } },
    errors: [],
  },
];
