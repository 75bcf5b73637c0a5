import { z } from "zod";
import { roles } from "@/lib/auth/roles";

export const NAME_MAX = 100;
export const PASSWORD_MIN = 12;
/** The sign-in form accepts passwords up to this length (lib/auth/options.ts); a longer one could never be used. */
export const PASSWORD_MAX = 1024;
/** Account link secrets are `fcl_` + 43 characters; anything far longer is not one. */
const LINK_SECRET_MAX = 200;
export const ACTIVITY_LIMIT_DEFAULT = 20;
export const ACTIVITY_LIMIT_MAX = 100;

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

/**
 * The length bounds of any new password. Strength (zxcvbn, and not the
 * email, the name or a demo password) is checked by the use case with
 * assertAcceptablePassword, which knows whose password it is.
 */
export const passwordSchema = z
  .string({ error: "Give a password." })
  .min(PASSWORD_MIN, `The password must be at least ${PASSWORD_MIN} characters long.`)
  .max(PASSWORD_MAX, `The password must be at most ${PASSWORD_MAX} characters long.`);

export const userNameSchema = z
  .string({ error: "Give the user's name." })
  .trim()
  .min(1, "Give the user's name.")
  .max(NAME_MAX, `Keep the name to ${NAME_MAX} characters or fewer.`);

export const userRoleSchema = z.enum(roles, { error: `Choose a role: ${roles.join(", ")}.` });

/** A new user account with a password an admin chose. */
export const createUserSchema = z.strictObject({
  email: emailSchema,
  name: userNameSchema,
  role: userRoleSchema,
  password: passwordSchema,
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

/** A new password for an existing account, named by its email (the command line's reset-password). */
export const resetPasswordSchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
});
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

/**
 * Changes to an account. `version` is the User.version the admin saw; a
 * stale one is refused with 409 and the current account. `active: false`
 * deactivates, `true` reactivates.
 */
export const updateUserSchema = z
  .strictObject({
    version: z
      .number({ error: "Send the user's version, as you read it." })
      .int("Send the user's version, as you read it.")
      .min(1, "Send the user's version, as you read it."),
    role: userRoleSchema.optional(),
    name: userNameSchema.optional(),
    active: z.boolean({ error: "Send active as true or false." }).optional(),
  })
  .refine((input) => input.role !== undefined || input.name !== undefined || input.active !== undefined, {
    message: "Nothing to change: send role, name or active.",
  });
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

/** An invitation: who, and the role they will have once they accept. */
export const inviteUserSchema = z.strictObject({
  email: emailSchema,
  name: userNameSchema,
  role: userRoleSchema,
});
export type InviteUserInput = z.infer<typeof inviteUserSchema>;

const linkSecretSchema = z
  .string({ error: "Send the secret from the link as token." })
  .trim()
  .min(1, "Send the secret from the link as token.")
  .max(LINK_SECRET_MAX, "That is not a link secret.");

/** Accepting an invitation: the link's secret, the name to go by and a new password. The email is the invited one. */
export const acceptInvitationSchema = z.strictObject({
  token: linkSecretSchema,
  name: userNameSchema,
  password: passwordSchema,
});
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

export const userActivityQuerySchema = z.object({
  limit: z.coerce
    .number({ error: `Send limit as a whole number from 1 to ${ACTIVITY_LIMIT_MAX}.` })
    .int(`Send limit as a whole number from 1 to ${ACTIVITY_LIMIT_MAX}.`)
    .min(1, `Send limit as a whole number from 1 to ${ACTIVITY_LIMIT_MAX}.`)
    .max(ACTIVITY_LIMIT_MAX, `Send limit as a whole number from 1 to ${ACTIVITY_LIMIT_MAX}.`)
    .default(ACTIVITY_LIMIT_DEFAULT)
    .describe(`How many events, newest first (default ${ACTIVITY_LIMIT_DEFAULT}).`),
});
export type UserActivityQuery = z.infer<typeof userActivityQuerySchema>;
