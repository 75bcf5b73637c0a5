import type { APIRequestContext } from "@playwright/test";
import { dereference, type Schema } from "./json-schema";

export interface QueryParameter {
  name: string;
  schema: Schema;
}

/** One /api/v1 operation as the running server's OpenAPI document describes it. */
export interface DocumentedOperation {
  operationId: string;
  /** Upper case. */
  method: string;
  /** Under /api/v1, with {params}. */
  path: string;
  public: boolean;
  /** The statuses it documents. */
  statuses: Set<number>;
  /** The JSON request body's schema, dereferenced. */
  body?: Schema;
  /** Media types of a raw (non-JSON) body, e.g. a file upload. */
  rawBody?: string[];
  query: QueryParameter[];
}

type OperationObject = {
  operationId: string;
  security?: unknown[];
  responses: Record<string, unknown>;
  parameters?: Array<{ name: string; in: string; schema: Schema }>;
  requestBody?: { content: Record<string, { schema?: Schema }> };
};

/** Every operation of GET /api/v1/openapi.json, so routes added later are covered without a change here. */
export async function loadDocumentedOperations(http: APIRequestContext): Promise<DocumentedOperation[]> {
  const response = await http.get("/api/v1/openapi.json");
  if (response.status() !== 200) throw new Error(`GET /api/v1/openapi.json answered ${response.status()}`);
  const document = (await response.json()) as {
    paths: Record<string, Record<string, OperationObject>>;
    components: { schemas: Record<string, Schema> };
  };
  const components = document.components.schemas;
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const content = operation.requestBody?.content ?? {};
      const json = content["application/json"];
      return {
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        public: Array.isArray(operation.security) && operation.security.length === 0,
        statuses: new Set(Object.keys(operation.responses).map(Number)),
        body: json ? dereference(json.schema ?? {}, components) : undefined,
        rawBody: !json && operation.requestBody ? Object.keys(content) : undefined,
        query: (operation.parameters ?? [])
          .filter((parameter) => parameter.in === "query")
          .map(({ name, schema }) => ({ name, schema: dereference(schema, components) })),
      };
    }),
  );
}
