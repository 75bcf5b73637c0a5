import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { validationError } from "@/lib/errors/validation-error";

/** Bodies larger than this are refused with 413 before parsing. */
export const MAX_JSON_BYTES = 5 * 1024 * 1024;

/**
 * Reads a JSON body and validates it with `schema`. Wrong content type →
 * 415, too large → 413, malformed JSON → 400, invalid fields → 422 with a
 * message per field.
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
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const raw = await request.text();
  if (Buffer.byteLength(raw) > maxBytes) throw tooLarge(maxBytes);
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

function tooLarge(maxBytes: number): AppError {
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`,
  );
}
