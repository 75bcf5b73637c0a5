import { buildOpenApiDocument } from "./build-document";
import type { JsonSchema } from "./json-schema";
import { apiOperations } from "./operations";

let cached: JsonSchema | undefined;

/** The API's OpenAPI document, built once per process: the schemas cannot change while it runs. */
export function getOpenApiDocument(): JsonSchema {
  cached ??= buildOpenApiDocument(apiOperations);
  return cached;
}
