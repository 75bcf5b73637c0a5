import type { z } from "zod";
import { AppError } from "./app-error";

/**
 * A zod failure as our one error type: `details.fields` maps each field path
 * ("statement", "sources.0.url") to its first message, for forms to show.
 */
export function validationError(error: z.ZodError): AppError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    fields[key] ??= issue.message;
  }
  const first = Object.values(fields)[0];
  return new AppError("VALIDATION", first ?? "Check the form and try again.", { fields });
}
