import { AppError } from "@/lib/errors/app-error";

/**
 * Checks on the text that arrives at the API boundary, before any schema:
 * NUL characters (U+0000, which some databases and most tools cut text at)
 * and lone UTF-16 surrogates (half a character: JSON's "\ud800" escape can
 * spell one, and it cannot be stored or exported as UTF-8) are refused in
 * every string of a body or query, keys included, naming the field.
 */

/** Deeper than any body the API takes (a verdict's sources are 3 levels; a W3C annotation about 6). */
export const MAX_JSON_DEPTH = 64;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const NUL_MESSAGE = "Remove the NUL character (U+0000): text may not contain it.";
export const SURROGATE_MESSAGE =
  "This text holds half of a character (a lone UTF-16 surrogate); send valid Unicode text.";

/** What is wrong with one string, or null when it is fine. */
export function textProblemOf(value: string): string | null {
  if (value.includes("\u0000")) return NUL_MESSAGE;
  if (LONE_SURROGATE.test(value)) return SURROGATE_MESSAGE;
  return null;
}

/** A field path as the API's errors write it: "sources.0.url"; "_" for the body itself. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.length === 0 ? "_" : path.join(".");
}

/**
 * Calls `visit` with every string in a parsed JSON value (object keys
 * included) and its field path. Iterative, so a deeply nested body cannot
 * overflow the stack; returns false, having stopped, once the value is
 * nested deeper than `maxDepth`.
 */
export function visitStrings(
  value: unknown,
  visit: (text: string, path: (string | number)[]) => void,
  maxDepth = MAX_JSON_DEPTH,
): boolean {
  const pending: Array<{ value: unknown; path: (string | number)[] }> = [{ value, path: [] }];
  while (pending.length > 0) {
    const { value: current, path } = pending.pop()!;
    if (typeof current === "string") visit(current, path);
    if (typeof current !== "object" || current === null) continue;
    if (path.length >= maxDepth) return false;
    const entries: Array<[string | number, unknown]> = Array.isArray(current)
      ? current.map((item, index) => [index, item])
      : Object.entries(current);
    for (const [key, item] of entries.reverse()) {
      if (typeof key === "string") visit(key, [...path, key]);
      pending.push({ value: item, path: [...path, key] });
    }
  }
  return true;
}

/** Every field holding a NUL or a lone surrogate, with what to fix; and whether the value was too deep to check. */
export function findTextProblems(value: unknown): { fields: Record<string, string>; tooDeep: boolean } {
  const fields: Record<string, string> = {};
  const checked = visitStrings(value, (text, path) => {
    const problem = textProblemOf(text);
    if (problem) fields[fieldPath(path)] ??= problem;
  });
  return { fields, tooDeep: !checked };
}

/**
 * Throws a 422 on `field` when any string in `value` holds a NUL or a lone
 * surrogate: for text that did not come as JSON, such as an imported file,
 * where the field to name is the file itself.
 */
export function assertCleanText(value: unknown, field: string, message: string): void {
  const { fields, tooDeep } = findTextProblems(value);
  if (tooDeep || Object.keys(fields).length > 0) {
    throw new AppError("VALIDATION", message, { fields: { [field]: message } });
  }
}
