/** The kinds of bad input every operation gets, as far as each applies to it. */
export const caseKinds = [
  "malformed JSON",
  "wrong types",
  "huge strings",
  "deep nesting",
  "unknown fields",
  "wrong content type",
  "oversize body",
  "invalid UTF-8",
  "NUL characters",
  "lone surrogates",
  "ids that don't exist",
  "wrong method",
] as const;
export type CaseKind = (typeof caseKinds)[number];

/** Any status from 400 to 499: for cases where several refusals are right, e.g. a huge id. */
export const ANY_4XX = Array.from({ length: 100 }, (_, i) => 400 + i);

/** One request that must be refused, and how. */
export interface BadRequest {
  kind: CaseKind;
  /** What is wrong, for the report: "summary holds a NUL". */
  name: string;
  method: string;
  /** Path and query under the origin, e.g. "/api/v1/claims/abc?x=1". */
  url: string;
  headers?: Record<string, string>;
  /** Built when sent: some bodies are megabytes. Several bodies: variants, one of which must get `expected`. */
  bodies?: Array<() => Buffer | string>;
  expected: readonly number[];
  /** The field `details.fields` must name. */
  field?: string;
  /** The Allow header a 405 must carry. */
  allow?: string;
}

export const json = (value: unknown) => () => JSON.stringify(value);
export const JSON_TYPE = { "Content-Type": "application/json" };
