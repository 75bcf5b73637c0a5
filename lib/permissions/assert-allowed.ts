import { AppError } from "@/lib/errors/app-error";

/** Throws FORBIDDEN with a sentence saying who may do it, when `allowed` is false. */
export function assertAllowed(allowed: boolean, message: string): asserts allowed {
  if (!allowed) throw new AppError("FORBIDDEN", message);
}
