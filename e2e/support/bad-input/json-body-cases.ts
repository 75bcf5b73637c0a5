import { JSON_TYPE, json, type BadRequest } from "./bad-request";
import {
  acceptedTypes,
  nestedObjectPaths,
  propertiesOf,
  sample,
  schemaAt,
  stringPaths,
  withValueAt,
  type Json,
  type Schema,
} from "./json-schema";

/** Over every text limit the API has (an article's text: 1,000,000 characters), under the 5 MB body cap. */
export const HUGE_STRING_LENGTH = 1_100_000;
const DEEP = 100_000;
const OVER_BODY_CAP = 5 * 1024 * 1024 + 1;
const UNKNOWN = "zzUnknownField";
const MARK = "\u0001BAD-BYTES\u0001";

const pathName = (path: (string | number)[]) => path.join(".");

/** A value of a JSON type the field does not accept, or undefined when it accepts anything. */
function wrongValueFor(schema: Schema): Json | undefined {
  const accepted = acceptedTypes(schema);
  if (accepted.size === 0) return undefined;
  return ([12345, "wrong type", true, ["wrong"], { wrong: true }] as Json[]).find(
    (value) => !accepted.has(Array.isArray(value) ? "array" : typeof value),
  );
}

/** `sample` as JSON text with the string at `path` replaced by raw bytes that are not UTF-8. */
function withBadBytes(value: Json, path: (string | number)[]): Buffer {
  const [before, after] = JSON.stringify(withValueAt(value, path, MARK)).split(
    JSON.stringify(MARK).slice(1, -1),
  );
  return Buffer.concat([
    Buffer.from(before!),
    Buffer.from([0x63, 0x61, 0x66, 0xe9, 0xff]),
    Buffer.from(after!),
  ]);
}

/** Every bad-body case for an operation that takes JSON, sent to `url` with `method`. */
export function jsonBodyCases(method: string, url: string, body: Schema): BadRequest[] {
  const base = sample(body);
  const at = { method, url, headers: JSON_TYPE };
  const cases: BadRequest[] = [];
  const add = (
    kind: BadRequest["kind"],
    name: string,
    make: () => Buffer | string,
    expected: number[],
    field?: string,
  ) => cases.push({ ...at, kind, name, bodies: [make], expected, field });

  for (const [name, text] of [
    ["a cut-off body", '{"a":'],
    ["a trailing comma", '{"a":1,}'],
    ["an empty body", ""],
  ] as const)
    add("malformed JSON", name, () => text, [400]);

  add("wrong types", "an array instead of an object", json(["not", "an", "object"]), [422]);
  add("wrong types", "a string instead of an object", json("not an object"), [422]);
  for (const [key, schema] of Object.entries(propertiesOf(body))) {
    const wrong = wrongValueFor(schema);
    if (wrong !== undefined)
      add(
        "wrong types",
        `${key} as ${JSON.stringify(wrong)}`,
        json({ ...(base as object), [key]: wrong }),
        [422],
        key,
      );
  }

  const strings = stringPaths(base);
  for (const path of strings) {
    const limited = schemaAt(body, path)?.maxLength !== undefined;
    add(
      "huge strings",
      `${pathName(path)} of ${HUGE_STRING_LENGTH.toLocaleString("en")} characters`,
      json(withValueAt(base, path, "x".repeat(HUGE_STRING_LENGTH))),
      // A field with a documented limit must say so; one without may be refused later (an unknown id), never stored.
      limited ? [422] : [400, 404, 409, 413, 422],
      limited ? pathName(path) : undefined,
    );
    add(
      "invalid UTF-8",
      `${pathName(path)} holds bytes that are not UTF-8`,
      () => withBadBytes(base, path),
      [400],
      pathName(path),
    );
    add(
      "NUL characters",
      `${pathName(path)} holds a NUL`,
      json(withValueAt(base, path, "sample\u0000text")),
      [422],
      pathName(path),
    );
    add(
      "lone surrogates",
      `${pathName(path)} holds a lone surrogate`,
      json(withValueAt(base, path, "half \ud83d of a character")),
      [422],
      pathName(path),
    );
  }
  add(
    "invalid UTF-8",
    "bytes that are not UTF-8 outside any string",
    () => Buffer.concat([Buffer.from(JSON.stringify(base)), Buffer.from([0xff])]),
    [400],
  );
  add(
    "NUL characters",
    "a field name holding a NUL",
    json({ ...(base as object), "zz\u0000": 1 }),
    [422],
    "zz\u0000",
  );

  add(
    "deep nesting",
    `a value nested ${DEEP.toLocaleString("en")} levels deep`,
    () => `{"a":${"[".repeat(DEEP)}${"]".repeat(DEEP)}}`,
    [400],
  );

  if (Object.keys(propertiesOf(body)).length > 0) {
    add(
      "unknown fields",
      `an unknown field ${UNKNOWN}`,
      json({ ...(base as object), [UNKNOWN]: "x" }),
      [422],
      UNKNOWN,
    );
    const nested = nestedObjectPaths(base)[0];
    if (nested) {
      const inner = {
        ...(nested.reduce<Json>((value, key) => (value as Record<string, Json>)[key]!, base) as object),
        [UNKNOWN]: "x",
      };
      add(
        "unknown fields",
        `an unknown field in ${pathName(nested)}`,
        json(withValueAt(base, nested, inner)),
        [422],
        `${pathName(nested)}.${UNKNOWN}`,
      );
    }
  }

  for (const type of ["text/plain", "application/x-www-form-urlencoded", "application/octet-stream"])
    cases.push({
      ...at,
      headers: { "Content-Type": type },
      kind: "wrong content type",
      name: `sent as ${type}`,
      bodies: [json(base)],
      expected: [415],
    });

  add("oversize body", "a body over 5 MB", () => JSON.stringify({ a: "x".repeat(OVER_BODY_CAP) }), [413]);
  return cases;
}

/**
 * Bodies that pass validation as far as the schema can tell, for calls on ids
 * that do not exist: every branch of a union, with all its fields, only the
 * required ones, and the required ones plus each optional one. One of them
 * must reach the lookup and get 404.
 */
export function plausibleBodies(body: Schema): Array<() => string> {
  const branches = (body.anyOf ?? body.oneOf ?? [body]) as Schema[];
  const texts = new Set<string>();
  for (const branch of branches) {
    texts.add(JSON.stringify(sample(branch, "all")));
    texts.add(JSON.stringify(sample(branch, "required")));
    for (const key of Object.keys(propertiesOf(branch))) texts.add(JSON.stringify(sample(branch, key)));
  }
  return [...texts].map((text) => () => text);
}
