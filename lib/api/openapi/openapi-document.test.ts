import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { listApiRoutes } from "./api-routes";
import { buildOpenApiDocument } from "./build-document";
import type { JsonSchema } from "./json-schema";
import { getOpenApiDocument } from "./openapi-document";
import { apiOperations } from "./operations";

const document = getOpenApiDocument();
const paths = document.paths as Record<string, Record<string, JsonSchema>>;
const documented = Object.entries(paths).flatMap(([route, methods]) =>
  Object.keys(methods).map((method) => `${method.toUpperCase()} ${route}`),
);
const implemented = listApiRoutes(path.resolve(import.meta.dirname, "../../../app/api/v1")).map(
  ({ method, path: route }) => `${method.toUpperCase()} ${route}`,
);

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1", async () => {
    const result = await new Validator().validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("is not accepted when broken (the validator can fail)", async () => {
    const broken = structuredClone(document) as JsonSchema;
    (broken.paths as JsonSchema)["/articles"] = { get: { responses: "none" } };
    const result = await new Validator().validate(broken);
    expect(result.valid).toBe(false);
  });

  it("describes every /api/v1 route the app has", () => {
    expect(implemented.length).toBeGreaterThan(20);
    expect(implemented.filter((route) => !documented.includes(route))).toEqual([]);
  });

  it("describes no route the app lacks", () => {
    expect(documented.filter((route) => !implemented.includes(route))).toEqual([]);
  });

  it("has unique operation ids", () => {
    const ids = apiOperations.map((operation) => operation.operationId);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it("has schemas that compile as JSON Schema 2020-12", () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    ajv.addSchema({ $id: "doc", components: document.components }, "doc");
    for (const [name, schema] of Object.entries(
      (document.components as JsonSchema).schemas as Record<string, JsonSchema>,
    )) {
      expect(() => ajv.compile({ $ref: `doc#/components/schemas/${name}` }), name).not.toThrow();
      expect(schema).toBeTypeOf("object");
    }
  });

  it("lists the common errors on every authenticated operation, and 401 on none of the public ones", () => {
    for (const [route, methods] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const responses = operation.responses as Record<string, unknown>;
        const isPublic = Array.isArray(operation.security) && operation.security.length === 0;
        expect(Boolean(responses["401"]), `${method} ${route}`).toBe(!isPublic);
        if (operation.requestBody && (operation.requestBody as JsonSchema).content) {
          const json = ((operation.requestBody as JsonSchema).content as JsonSchema)["application/json"];
          if (json) expect(responses["422"], `${method} ${route}`).toBeTruthy();
        }
      }
    }
  });

  it("refuses two different schemas under one id", () => {
    const a = z.object({ a: z.string() }).meta({ id: "Clash" });
    const b = z.object({ b: z.string() }).meta({ id: "Clash" });
    const operation = (schema: z.ZodType, id: string) => ({
      method: "get" as const,
      path: `/${id}`,
      operationId: id,
      tag: "T",
      summary: id,
      allowed: "anyone",
      responses: { 200: { description: "ok", schema: z.object({ x: schema }) } },
      errors: [],
    });
    expect(() => buildOpenApiDocument([operation(a, "a"), operation(b, "b")])).toThrow(
      /share the id "Clash"/,
    );
  });
});
