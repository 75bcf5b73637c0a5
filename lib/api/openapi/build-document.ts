import { errorResource } from "@/lib/api/schemas/common";
import { authErrorStatuses, bodyErrorStatuses, errorResponses, queryErrorStatuses } from "./error-responses";
import { toOpenApiSchema, type JsonSchema } from "./json-schema";
import type { ApiOperation, ApiResponse } from "./operation";

export const API_VERSION = "1.0.0";

const description = `
The JSON API behind the fact-check annotation tool: everything the web app does, under the same permissions.

**Authentication.** Create a personal access token in the app (your menu → API tokens) and send it as
\`Authorization: Bearer <token>\`. A token acts with its owner's current role, never more. In the browser,
the signed-in session works too, for same-origin calls.

**Errors** always have one shape: \`{ "error": { "code", "message", "details"? } }\`. Invalid fields answer 422
with \`details.fields\` mapping each field path to a message.

**Concurrent edits** never overwrite each other: writes carry the version you read (\`baseRevision\`,
\`baseVersion\`, \`version\`, \`updatedAt\`), and a stale one answers 409 with the current state in \`details.current\`.

**Lists** use cursor pagination: pass \`nextCursor\` back as \`?cursor=\` until it is null.

**Limits.** JSON bodies up to 5 MB; each token may make a burst of requests and is then refilled over a minute
(429 with \`Retry-After\` when exceeded).
`.trim();

/** The OpenAPI 3.1 document for `operations`, generated from the zod schemas the routes validate with. */
export function buildOpenApiDocument(operations: readonly ApiOperation[]): JsonSchema {
  const schemas: Record<string, JsonSchema> = {};
  const errorSchema = toOpenApiSchema(errorResource, "output", schemas);
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const operation of operations) {
    paths[operation.path] ??= {};
    paths[operation.path]![operation.method] = describeOperation(operation, schemas);
  }
  return {
    openapi: "3.1.0",
    info: { title: "Fact-check annotation API", version: API_VERSION, description },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    tags: [...new Set(operations.map((operation) => operation.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas,
      responses: Object.fromEntries(
        Object.values(errorResponses).map(({ name, description: text }) => [
          name,
          {
            description: text,
            ...(name === "RateLimited"
              ? {
                  headers: {
                    "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } },
                  },
                }
              : {}),
            content: { "application/json": { schema: errorSchema } },
          },
        ]),
      ),
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description: "A personal access token (`fca_…`), created in the app under API tokens.",
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The browser session of a signed-in user; same-origin requests only.",
        },
      },
    },
  };
}

function describeOperation(operation: ApiOperation, schemas: Record<string, JsonSchema>): JsonSchema {
  const pathParameters = [...operation.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  const errorStatuses = new Set([
    ...operation.errors,
    ...(operation.body ? bodyErrorStatuses : []),
    ...(operation.query || operation.rawBody ? queryErrorStatuses : []),
    ...(operation.public ? [] : authErrorStatuses),
  ]);
  const responses: Record<string, JsonSchema> = {};
  for (const [status, response] of Object.entries(operation.responses)) {
    responses[status] = describeResponse(response, schemas);
  }
  for (const status of [...errorStatuses].sort()) {
    const known = errorResponses[status];
    if (!known) throw new Error(`${operation.operationId}: no shared error response for ${status}.`);
    responses[String(status)] = { $ref: `#/components/responses/${known.name}` };
  }
  return {
    operationId: operation.operationId,
    tags: [operation.tag],
    summary: operation.summary,
    description: [operation.description, `**Who may call it:** ${operation.allowed}.`]
      .filter(Boolean)
      .join("\n\n"),
    ...(operation.public ? { security: [] } : {}),
    ...(pathParameters.length || operation.query
      ? { parameters: [...pathParameters, ...describeQuery(operation, schemas)] }
      : {}),
    ...(operation.body
      ? {
          requestBody: {
            required: !operation.bodyOptional,
            content: { "application/json": { schema: toOpenApiSchema(operation.body, "input", schemas) } },
          },
        }
      : {}),
    ...(operation.rawBody
      ? {
          requestBody: {
            required: true,
            description: operation.rawBody.description,
            content: Object.fromEntries(operation.rawBody.contentTypes.map((type) => [type, {}])),
          },
        }
      : {}),
    responses,
  };
}

function describeQuery(operation: ApiOperation, schemas: Record<string, JsonSchema>): JsonSchema[] {
  if (!operation.query) return [];
  const schema = toOpenApiSchema(operation.query, "input", schemas);
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description: text, ...rest } = property;
    return {
      name,
      in: "query",
      required: required.has(name),
      ...(text ? { description: text } : {}),
      schema: rest,
    };
  });
}

function describeResponse(response: ApiResponse, schemas: Record<string, JsonSchema>): JsonSchema {
  const headers = response.headers
    ? Object.fromEntries(
        Object.entries(response.headers).map(([name, text]) => [
          name,
          { description: text, schema: { type: "string" } },
        ]),
      )
    : undefined;
  const types =
    response.schema || response.contentType
      ? [response.contentType ?? "application/json", ...(response.alsoContentTypes ?? [])]
      : [];
  const body = response.schema ? { schema: toOpenApiSchema(response.schema, "output", schemas) } : {};
  return {
    description: response.description,
    ...(headers ? { headers } : {}),
    ...(types.length ? { content: Object.fromEntries(types.map((type) => [type, body])) } : {}),
  };
}
