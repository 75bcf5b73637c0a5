import type { z } from "zod";
import { validationError } from "@/lib/errors/validation-error";

/**
 * Validates a use case's input with its schema, whoever calls it (a route
 * that already did, the CLI, a test): VALIDATION with field errors when it
 * does not fit. Parsing twice is harmless: every schema here is idempotent.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}
