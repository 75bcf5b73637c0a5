import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { validationError } from "@/lib/errors/validation-error";
import { textProblemOf } from "./text-checks";

/** Validates the query string with `schema` (a zod object of strings); invalid values → 422 with field errors. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const parsed = schema.safeParse(readQueryParams(request));
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const lenientUtf8 = new TextDecoder();
const encoder = new TextEncoder();

/**
 * The query's parameters by name (the last one of a repeated name wins, as
 * with Object.fromEntries(searchParams)). Unlike URLSearchParams, which
 * turns percent-encoded bytes that are not UTF-8 into U+FFFD, a parameter
 * that is not UTF-8 is refused (400), and one holding a NUL (%00) too (422),
 * naming the parameter. Next.js has already re-encoded the query for route
 * handlers, bad bytes as U+FFFD (the replacement character), so a U+FFFD
 * counts as a bad byte too: no id, key, cursor or file name needs one.
 */
export function readQueryParams(request: Request): Record<string, string> {
  const params: Record<string, string> = {};
  const notUtf8: Record<string, string> = {};
  const problems: Record<string, string> = {};
  for (const pair of new URL(request.url).search.slice(1).split("&")) {
    if (pair === "") continue;
    const split = pair.indexOf("=");
    const rawName = split === -1 ? pair : pair.slice(0, split);
    const name = percentDecode(rawName);
    const value = percentDecode(split === -1 ? "" : pair.slice(split + 1));
    if (!name.valid || !value.valid) {
      notUtf8[name.text] = "This parameter is not valid UTF-8.";
      continue;
    }
    const problem = textProblemOf(name.text) ?? textProblemOf(value.text);
    if (problem) problems[name.text] = problem;
    params[name.text] = value.text;
  }
  if (Object.keys(notUtf8).length > 0) {
    throw new AppError(
      "BAD_REQUEST",
      `The query parameter ${Object.keys(notUtf8).join(", ")} is not valid UTF-8: percent-encode UTF-8 bytes.`,
      { fields: notUtf8 },
    );
  }
  if (Object.keys(problems).length > 0) {
    throw new AppError("VALIDATION", Object.values(problems)[0]!, { fields: problems });
  }
  return params;
}

/** application/x-www-form-urlencoded decoding of one name or value; `valid` is false when its bytes are not UTF-8. */
function percentDecode(raw: string): { text: string; valid: boolean } {
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    const char = raw[i]!;
    const hex = char === "%" ? raw.slice(i + 1, i + 3) : "";
    if (/^[0-9a-f]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...encoder.encode(char === "+" ? " " : char));
  }
  const decoded = Uint8Array.from(bytes);
  try {
    const text = strictUtf8.decode(decoded);
    return { text, valid: !text.includes("\uFFFD") };
  } catch {
    return { text: lenientUtf8.decode(decoded), valid: false };
  }
}
