import { AppError } from "@/lib/errors/app-error";
import { assessPassword, type PasswordContext } from "./assess-password";

/**
 * Throws VALIDATION (422, with the reason under `fields.<field>`) unless
 * `password` may be this person's new password. Every use case that sets a
 * password calls this, with the email and name it knows.
 */
export function assertAcceptablePassword(
  password: string,
  context: PasswordContext,
  field = "password",
): void {
  const { problem } = assessPassword(password, context);
  if (problem) throw new AppError("VALIDATION", problem, { fields: { [field]: problem } });
}
