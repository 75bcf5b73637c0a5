/**
 * Just enough JSON Schema (as the OpenAPI document writes it) to make
 * requests from it: a plausible valid value, the string fields in it, and
 * the JSON types a field accepts. The schemas are dereferenced first.
 */
export type Schema = Record<string, unknown>;
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** `schema` with every `#/components/schemas/…` reference replaced by what it names. */
export function dereference(schema: unknown, components: Record<string, Schema>, depth = 0): Schema {
  if (depth > 20) throw new Error("A request schema refers to itself too deeply to sample.");
  if (Array.isArray(schema)) return schema.map((item) => dereference(item, components, depth + 1)) as never;
  if (typeof schema !== "object" || schema === null) return schema as never;
  const ref = (schema as Schema).$ref;
  if (typeof ref === "string") return dereference(components[ref.split("/").pop()!], components, depth + 1);
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, dereference(value, components, depth + 1)]),
  );
}

/** The alternatives of a union (anyOf/oneOf), or the schema itself. Null alternatives come last. */
export function branches(schema: Schema): Schema[] {
  const options = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (!options) return [schema];
  return [...options].sort((a, b) => Number(a.type === "null") - Number(b.type === "null"));
}

const typesOf = (schema: Schema): string[] => {
  if (schema.const !== undefined) return [jsonType(schema.const as Json)];
  if (Array.isArray(schema.enum)) return [...new Set((schema.enum as Json[]).map(jsonType))];
  if (Array.isArray(schema.type)) return schema.type as string[];
  if (typeof schema.type === "string") return [schema.type === "integer" ? "number" : schema.type];
  if (schema.anyOf || schema.oneOf) return [...new Set(branches(schema).flatMap(typesOf))];
  return [];
};

export function jsonType(value: Json): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** The JSON types a schema accepts; empty when it accepts anything (no type given). */
export function acceptedTypes(schema: Schema): Set<string> {
  return new Set(typesOf(schema).map((type) => (type === "integer" ? "number" : type)));
}

// The last is an archive entry id (lib/claim-matching/archive-entry-id.ts), for the fields whose pattern wants one.
const STRING_CANDIDATES = [
  "sample text",
  "2025-01-01",
  "https://example.org/sample",
  "#1d4ed8",
  "x",
  "fact-check:sample",
];

function sampleString(schema: Schema, name: string): string {
  const format = schema.format as string | undefined;
  if (format === "date-time") return "2025-01-01T00:00:00.000Z";
  if (format === "date") return "2025-01-01";
  if (format === "email") return "sample@example.org";
  if (format === "uri" || /url$/i.test(name)) return "https://example.org/sample";
  if (/colou?r$/i.test(name)) return "#1d4ed8";
  const pattern = typeof schema.pattern === "string" ? new RegExp(schema.pattern) : null;
  const min = (schema.minLength as number | undefined) ?? 0;
  const max = (schema.maxLength as number | undefined) ?? Infinity;
  const fits = (value: string) =>
    (!pattern || pattern.test(value)) && value.length >= min && value.length <= max;
  const found = STRING_CANDIDATES.find(fits);
  return found ?? "x".repeat(Math.max(1, min));
}

/**
 * A value the schema accepts, as far as JSON Schema can say (zod refinements
 * are not in it). `optional` picks which object properties to include:
 * "all", "required", or the required ones plus one named property.
 * Whole numbers are the minimum plus the property's position, so that
 * `start` < `end` style rules hold.
 */
export function sample(
  schema: Schema,
  optional: "all" | "required" | string = "all",
  name = "",
  position = 0,
): Json {
  if (schema.const !== undefined) return schema.const as Json;
  if (Array.isArray(schema.enum)) return schema.enum[0] as Json;
  if (schema.anyOf || schema.oneOf) return sample(branches(schema)[0]!, optional, name, position);
  const type = Array.isArray(schema.type) ? (schema.type as string[]).find((t) => t !== "null") : schema.type;
  switch (type) {
    case "string":
      return sampleString(schema, name);
    case "integer":
    case "number": {
      const min = (schema.minimum as number | undefined) ?? 0;
      return Math.min(min + position, (schema.maximum as number | undefined) ?? Infinity);
    }
    case "boolean":
      return false;
    case "array": {
      const count = Math.max(1, (schema.minItems as number | undefined) ?? 1);
      return Array.from({ length: count }, () => sample((schema.items as Schema) ?? {}, "all", name));
    }
    case "object":
      return sampleObject(schema, optional);
    case "null":
      return null;
    default:
      return {};
  }
}

function sampleObject(schema: Schema, optional: string): Json {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required ?? []) as string[]);
  const included = Object.keys(properties).filter(
    (key) => optional === "all" || required.has(key) || key === optional,
  );
  return Object.fromEntries(
    included.map((key) => [key, sample(properties[key]!, "all", key, Object.keys(properties).indexOf(key))]),
  );
}

/** The properties of an object schema (of its first branch, for a union). */
export function propertiesOf(schema: Schema): Record<string, Schema> {
  return (branches(schema)[0]!.properties ?? {}) as Record<string, Schema>;
}

/** Every path in `value` that holds a string, e.g. ["sources", 0, "url"]. */
export function stringPaths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...path, i]));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

/** Paths of the objects inside `value` (not the value itself), e.g. ["span"], ["sources", 0]. */
export function nestedObjectPaths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => nestedObjectPaths(item, [...path, i]));
  if (!value || typeof value !== "object") return [];
  const here = path.length > 0 ? [path] : [];
  return [
    ...here,
    ...Object.entries(value).flatMap(([key, item]) => nestedObjectPaths(item, [...path, key])),
  ];
}

/** A copy of `value` with the value at `path` replaced. */
export function withValueAt(value: Json, path: (string | number)[], replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    Json
  >;
  copy[head!] = withValueAt(copy[head!] ?? null, rest, replacement);
  return copy as Json;
}

/** The schema of the property at `path` inside an object schema (first branches of unions). */
export function schemaAt(schema: Schema, path: (string | number)[]): Schema | undefined {
  let current: Schema | undefined = schema;
  for (const key of path) {
    if (!current) return undefined;
    const branch: Schema = branches(current)[0]!;
    current =
      typeof key === "number"
        ? (branch.items as Schema)
        : (branch.properties as Record<string, Schema>)?.[key];
  }
  return current;
}
