import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { validationError } from "@/lib/errors/validation-error";
import { decodeJsonText, readBodyBytes } from "./read-body";
import { findTextProblems, MAX_JSON_DEPTH } from "./text-checks";

/** Bodies larger than this are refused with 413 before parsing. */
export const MAX_JSON_BYTES = 5 * 1024 * 1024;

/**
 * Reads a JSON body and validates it with `schema`. Wrong content type →
 * 415, too large → 413, not UTF-8, malformed or nested too deep → 400, a NUL
 * or a lone surrogate in any string → 422 naming the field, invalid or
 * unknown fields → 422 with a message per field.
 */
export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
  maxBytes = MAX_JSON_BYTES,
): Promise<z.infer<S>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as JSON (Content-Type: application/json).");
  }
  const raw = decodeJsonText(await readBodyBytes(request, maxBytes, () => tooLarge(maxBytes)));
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
  }
  const { fields, tooDeep } = findTextProblems(body);
  if (tooDeep) {
    throw new AppError("BAD_REQUEST", `The request body is nested more than ${MAX_JSON_DEPTH} levels deep.`);
  }
  if (Object.keys(fields).length > 0) {
    throw new AppError("VALIDATION", Object.values(fields)[0]!, { fields });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw validationError(withUnknownFieldsNamed(parsed.error));
  return parsed.data;
}

/**
 * zod reports unknown keys once, on the object that holds them ("_" for the
 * body); here each becomes an error on its own path, so the 422 names it.
 */
function withUnknownFieldsNamed(error: z.ZodError): z.ZodError {
  return new z.ZodError(
    error.issues.flatMap((issue): z.core.$ZodIssue[] =>
      issue.code === "unrecognized_keys"
        ? issue.keys.map((key) => ({
            ...issue,
            path: [...issue.path, key],
            message: `Unknown field "${key}": remove it (see /api/v1/openapi.json for the fields this takes).`,
          }))
        : [issue],
    ),
  );
}

function tooLarge(maxBytes: number): AppError {
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`,
  );
}
