import { JSON_TYPE, type BadRequest } from "./bad-request";
import { acceptedTypes, propertiesOf, type Schema } from "./json-schema";
import { plausibleBodies } from "./json-body-cases";
import type { DocumentedOperation, QueryParameter } from "./operations";

const HUGE_QUERY_LENGTH = 8_000;
const MISSING_ID = "does-not-exist-0000";
const MISSING_NUMBER = "999999";
const FIVE_MB_AND_ONE = 5 * 1024 * 1024 + 1;

/** "/claims/{id}" with each parameter filled in by `fill(collection, parameter)`, under /api/v1. */
export function concretePath(path: string, fill: (collection: string, parameter: string) => string): string {
  const segments = path.split("/");
  return (
    "/api/v1" +
    segments
      .map((segment, i) => {
        const parameter = /^\{(\w+)\}$/.exec(segment)?.[1];
        return parameter ? encodeURIComponent(fill(segments[i - 1] ?? "", parameter)) : segment;
      })
      .join("/")
  );
}

/** Ids that exist nowhere: whole numbers (a revision, a suggested sentence) get a number far past any. */
export const missingIds = (collection: string) =>
  collection === "revisions" || collection === "suggestions" ? MISSING_NUMBER : MISSING_ID;

const hasFields = (schema: Schema) => Object.keys(propertiesOf(schema)).length > 0;
const isEnumOrNumber = (schema: Schema) => Array.isArray(schema.enum) || acceptedTypes(schema).has("number");

/** Bad query values, each alone in the query string. */
export function queryCases(method: string, url: string, query: QueryParameter[]): BadRequest[] {
  return query.flatMap(({ name, schema }): BadRequest[] => {
    const at = (
      kind: BadRequest["kind"],
      what: string,
      value: string,
      expected: number[],
      field?: string,
    ) => ({
      kind,
      name: `?${name}= ${what}`,
      method,
      url: `${url}?${encodeURIComponent(name)}=${value}`,
      expected,
      field,
    });
    return [
      at("invalid UTF-8", "holds bytes that are not UTF-8", "caf%E9%FF", [400], name),
      at("NUL characters", "holds a NUL", "a%00b", [422], name),
      ...(isEnumOrNumber(schema)
        ? [at("wrong types", "is not one of its values", "not-a-valid-value", [422], name)]
        : []),
      ...(schema.maxLength !== undefined
        ? [
            at(
              "huge strings",
              `of ${HUGE_QUERY_LENGTH} characters`,
              "x".repeat(HUGE_QUERY_LENGTH),
              [422],
              name,
            ),
          ]
        : []),
    ];
  });
}

const text = (value: string) => () => Buffer.from(value, "utf8");

/** A file upload (the raw body, its name in ?filename=). */
export function uploadCases(method: string, url: string): BadRequest[] {
  const upload = (
    kind: BadRequest["kind"],
    name: string,
    query: string,
    type: string,
    body: () => Buffer,
    expected: number[],
    field?: string,
  ): BadRequest => ({
    kind,
    name,
    method,
    url: `${url}?${query}`,
    headers: { "Content-Type": type },
    bodies: [body],
    expected,
    field,
  });
  const article = text("Prices rose 3 percent in May.\n\nThe minister said so.");
  return [
    upload(
      "wrong content type",
      "an .exe file",
      "filename=setup.exe",
      "application/x-msdownload",
      text("MZ\u0090"),
      [415],
    ),
    upload(
      "wrong content type",
      "a .pdf sent as text/plain",
      "filename=report.pdf",
      "text/plain",
      article,
      [415],
    ),
    upload(
      "malformed JSON",
      "a .docx that is not a Word file",
      "filename=article.docx",
      "application/octet-stream",
      text("not a zip file"),
      [422],
    ),
    upload(
      "oversize body",
      "a file over 5 MB",
      "filename=big.txt",
      "text/plain",
      () => Buffer.alloc(FIVE_MB_AND_ONE, 0x61),
      [413],
    ),
    upload(
      "NUL characters",
      "a text file holding NULs",
      "filename=nul.txt",
      "text/plain",
      text("Prices rose\u0000 3 percent.\n\nThe minister\u0000 said so."),
      [422],
      "file",
    ),
    upload(
      "NUL characters",
      "a file name holding a NUL",
      "filename=a%00.txt",
      "text/plain",
      article,
      [422],
      "filename",
    ),
    upload(
      "invalid UTF-8",
      "a file name that is not UTF-8",
      "filename=caf%E9.txt",
      "text/plain",
      article,
      [400],
      "filename",
    ),
  ];
}

/** The operation called on ids that do not exist: a 404, with a body that would otherwise pass. */
export function missingIdCase(operation: DocumentedOperation): BadRequest | null {
  if (!operation.path.includes("{")) return null;
  const url = concretePath(operation.path, missingIds);
  return {
    kind: "ids that don't exist",
    name: `${operation.method} ${url}`,
    method: operation.method,
    url,
    headers: operation.body ? JSON_TYPE : undefined,
    bodies: operation.body ? plausibleBodies(operation.body) : undefined,
    // A free-form document (W3C annotations) cannot be made valid from its schema: it is refused first.
    expected: operation.body && !hasFields(operation.body) ? [404, 422] : [404],
  };
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** Every method a route lacks: 405 in the error shape, with the Allow header Next.js would give OPTIONS. */
export function wrongMethodCases(url: string, methods: string[]): BadRequest[] {
  const allowed = new Set([...methods, "OPTIONS", ...(methods.includes("GET") ? ["HEAD"] : [])]);
  const allow = [...allowed].sort().join(", ");
  return METHODS.filter((method) => !allowed.has(method)).map((method) => ({
    kind: "wrong method",
    name: `${method} ${url}`,
    method,
    url,
    headers: JSON_TYPE,
    bodies: method === "GET" ? undefined : [() => "{}"],
    expected: [405],
    allow,
  }));
}
