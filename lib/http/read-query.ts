import type { z } from "zod";
import { validationError } from "@/lib/errors/validation-error";

/** Validates the query string with `schema` (a zod object of strings); invalid values → 422 with field errors. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}
