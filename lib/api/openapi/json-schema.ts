import { z } from "zod";

export type JsonSchema = Record<string, unknown>;

/**
 * Converts a zod schema to JSON Schema 2020-12 (the dialect of OpenAPI 3.1).
 * Schemas with a `meta({ id })` become shared components: their `$defs` are
 * moved into `components` and references rewritten to point there. Request
 * bodies are described as the client sends them (`input`: defaults make
 * fields optional), responses as the server sends them (`output`).
 */
export function toOpenApiSchema(
  schema: z.ZodType,
  io: "input" | "output",
  components: Record<string, JsonSchema>,
): JsonSchema {
  const converted = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
  }) as JsonSchema;
  const { $schema: _, $defs, ...rest } = converted;
  const suffix = io === "input" ? "Input" : "";
  const rename = (name: string) => `${name}${suffix}`;
  for (const [name, definition] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) {
    const rewritten = rewriteRefs(definition, rename) as JsonSchema;
    const existing = components[rename(name)];
    if (existing && JSON.stringify(existing) !== JSON.stringify(rewritten)) {
      throw new Error(`Two different schemas share the id "${name}"; give one of them another id.`);
    }
    components[rename(name)] = rewritten;
  }
  return rewriteRefs(rest, rename) as JsonSchema;
}

function rewriteRefs(value: unknown, rename: (name: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, rename));
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) =>
      key === "$ref" && typeof inner === "string" && inner.startsWith("#/$defs/")
        ? [key, `#/components/schemas/${rename(inner.slice("#/$defs/".length))}`]
        : [key, rewriteRefs(inner, rename)],
    ),
  );
}
