import { describe, expect, it } from "vitest";
import type { JsonSchema } from "./json-schema";
import { getOpenApiDocument } from "./openapi-document";

const document = getOpenApiDocument();
const components = (document.components as JsonSchema).schemas as Record<string, JsonSchema>;

/** Paths ("#/anyOf/0/properties/span") of every object schema in `schema` that takes keys it does not list. */
function openObjects(schema: unknown, at = "#", seen = new Set<string>()): string[] {
  if (typeof schema !== "object" || schema === null) return [];
  const node = schema as JsonSchema;
  if (typeof node.$ref === "string") {
    const name = node.$ref.replace("#/components/schemas/", "");
    if (seen.has(name)) return [];
    return openObjects(components[name], `${at}→${name}`, new Set([...seen, name]));
  }
  const own = node.type === "object" && node.additionalProperties !== false && node.properties ? [at] : [];
  return [
    ...own,
    ...Object.entries(node).flatMap(([key, value]) =>
      Array.isArray(value)
        ? value.flatMap((item, i) => openObjects(item, `${at}/${key}/${i}`, seen))
        : key === "additionalProperties"
          ? []
          : openObjects(value, `${at}/${key}`, seen),
    ),
  ];
}

const bodies = Object.entries(document.paths as Record<string, Record<string, JsonSchema>>).flatMap(
  ([route, methods]) =>
    Object.entries(methods).flatMap(([method, operation]) => {
      const content = (operation.requestBody as JsonSchema | undefined)?.content as JsonSchema | undefined;
      const schema = (content?.["application/json"] as JsonSchema | undefined)?.schema;
      return schema ? [{ name: `${method.toUpperCase()} ${route}`, schema }] : [];
    }),
);

describe("JSON request bodies", () => {
  it("are documented", () => {
    expect(bodies.length).toBeGreaterThan(15);
  });

  it("refuse unknown fields at every level (strict objects), so a typo is a 422, not ignored", () => {
    const open = bodies.flatMap(({ name, schema }) => openObjects(schema).map((at) => `${name} ${at}`));
    expect(open).toEqual([]);
  });

  it("would be caught when one is not strict (the check can fail)", () => {
    expect(openObjects({ type: "object", properties: { a: { type: "string" } } })).toEqual(["#"]);
    expect(
      openObjects({
        anyOf: [
          { type: "object", properties: { a: {} }, additionalProperties: false },
          { type: "object", properties: { b: {} } },
        ],
      }),
    ).toEqual(["#/anyOf/1"]);
  });
});
