import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { demoUser, type DemoRole } from "./demo";

/**
 * Helpers for the HTTP API tests: personal access tokens written straight
 * into the e2e database (as the settings page would create them), and a
 * check that every response matches what /api/v1/openapi.json promises.
 */
export async function createToken(
  role: DemoRole,
  options: { expiresAt?: Date; revoked?: boolean } = {},
): Promise<string> {
  if (!process.env.E2E_DATA_DIR)
    throw new Error("Run e2e tests with `npm run test:e2e`: tokens need E2E_DATA_DIR.");
  const { db } = await import("../../lib/db/client");
  const { generateApiToken } = await import("../../lib/auth/api-token-secret");
  const user = await db.user.findUniqueOrThrow({ where: { email: demoUser(role).email } });
  const { token, tokenHash } = generateApiToken();
  await db.apiToken.create({
    data: {
      userId: user.id,
      name: `e2e ${role}`,
      tokenHash,
      expiresAt: options.expiresAt ?? null,
      revokedAt: options.revoked ? new Date() : null,
    },
  });
  return token;
}

export async function tokenLastUsed(token: string): Promise<Date | null> {
  const { db } = await import("../../lib/db/client");
  const { hashApiToken } = await import("../../lib/auth/api-token-secret");
  const stored = await db.apiToken.findUniqueOrThrow({ where: { tokenHash: hashApiToken(token) } });
  return stored.lastUsedAt;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

type Json = Record<string, unknown>;
let contract: { ajv: Ajv2020; document: Json } | undefined;

async function loadContract(request: APIRequestContext) {
  if (contract) return contract;
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = (await response.json()) as Json;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: "openapi", components: document.components }, "openapi");
  contract = { ajv, document };
  return contract;
}

/**
 * Asserts the status, then validates the JSON body against the schema the
 * OpenAPI document gives for this operation and status (errors: the shared
 * Error schema). Returns the body.
 */
export async function expectApi<T = Json>(
  request: APIRequestContext,
  response: APIResponse,
  operationId: string,
  status: number,
): Promise<T> {
  const text = await response.text();
  expect(response.status(), `${operationId}: ${text.slice(0, 500)}`).toBe(status);
  const { ajv, document } = await loadContract(request);
  const operation = findOperation(document, operationId);
  const documented = (operation.responses as Record<string, Json>)[String(status)];
  expect(documented, `${operationId} documents ${status}`).toBeTruthy();
  const schema = documented!.$ref
    ? { $ref: "openapi#/components/schemas/Error" }
    : ((documented!.content as Record<string, Json> | undefined)?.["application/json"]?.schema as
        Json | undefined);
  if (status === 204) return undefined as T;
  const content = documented!.content as Record<string, Json> | undefined;
  if (!documented!.$ref && content && !content["application/json"]) {
    // A file that is not JSON (the feedback TSV): its media type is the contract.
    const type = response.headers()["content-type"] ?? "";
    expect(
      Object.keys(content).some((documentedType) => type.startsWith(documentedType)),
      `${operationId} ${status} answers one of ${Object.keys(content).join(", ")}, not ${type}`,
    ).toBe(true);
    return text as T;
  }
  const body = JSON.parse(text) as T;
  if (schema) {
    const validate = compiled(ajv, `${operationId} ${status}`, schema);
    expect(
      validate(body) ? [] : validate.errors,
      `${operationId} ${status} matches the OpenAPI schema`,
    ).toEqual([]);
  }
  return body;
}

/** How `body` differs from the API's one error shape (empty when it matches). */
export async function errorShapeProblems(request: APIRequestContext, body: unknown): Promise<unknown[]> {
  const { ajv } = await loadContract(request);
  const validate = ajv.getSchema("openapi#/components/schemas/Error");
  if (!validate) throw new Error("The OpenAPI document has no Error schema");
  return validate(body) ? [] : (validate.errors ?? []);
}

function findOperation(document: Json, operationId: string): Json {
  for (const methods of Object.values(document.paths as Record<string, Record<string, Json>>)) {
    for (const operation of Object.values(methods))
      if (operation.operationId === operationId) return operation;
  }
  throw new Error(`No operation ${operationId} in the OpenAPI document`);
}

// Compiling a schema takes tens of milliseconds; tests that check hundreds of
// responses (the permission matrix) compile each operation's schema once.
const validators = new Map<string, ReturnType<Ajv2020["compile"]>>();
function compiled(ajv: Ajv2020, key: string, schema: Json) {
  let validate = validators.get(key);
  if (!validate) validators.set(key, (validate = ajv.compile(rebase(schema))));
  return validate;
}

/** Points a schema's `#/components/...` references at the document registered as "openapi". */
function rebase(value: unknown): Json {
  return JSON.parse(JSON.stringify(value).replaceAll('"#/components/', '"openapi#/components/')) as Json;
}
