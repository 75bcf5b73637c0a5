import { z } from "zod";
import { roles } from "@/lib/auth/roles";

export const NAME_MAX = 100;
export const PASSWORD_MIN = 12;
/** The sign-in form accepts passwords up to this length (lib/auth/options.ts); a longer one could never be used. */
export const PASSWORD_MAX = 1024;

/**
 * Emails are stored trimmed and in lower case: sign-in looks them up that
 * way (lib/data/users/find-user-for-sign-in.ts), so "Ann@Example.com" and
 * "ann@example.com" are one account.
 */
export const emailSchema = z
  .string({ error: "Give an email address." })
  .trim()
  .toLowerCase()
  .pipe(
    z.email("Give a valid email address, like name@example.com.").max(320, "That email address is too long."),
  );

// Length is the one rule: a long passphrase beats a short password with
// symbols, and composition rules mostly produce "Password1!" (NIST SP 800-63B).
export const passwordSchema = z
  .string({ error: "Give a password." })
  .min(PASSWORD_MIN, `The password must be at least ${PASSWORD_MIN} characters long.`)
  .max(PASSWORD_MAX, `The password must be at most ${PASSWORD_MAX} characters long.`);

/** A new user account. */
export const createUserSchema = z.object({
  email: emailSchema,
  name: z
    .string({ error: "Give the user's name." })
    .trim()
    .min(1, "Give the user's name.")
    .max(NAME_MAX, `Keep the name to ${NAME_MAX} characters or fewer.`),
  role: z.enum(roles, { error: `Choose a role: ${roles.join(", ")}.` }),
  password: passwordSchema,
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

/** A new password for an existing account, named by its email. */
export const resetPasswordSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
});
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;
