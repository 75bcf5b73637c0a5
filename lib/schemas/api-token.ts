import { z } from "zod";

export const API_TOKEN_NAME_MAX = 100;
/** Active (not revoked, not expired) tokens per user: plenty for scripts, a bound for runaway ones. */
export const MAX_ACTIVE_TOKENS = 50;

/**
 * A new personal access token: a name to recognise it by and, optionally,
 * when it stops working (ISO 8601 with a time zone). That the expiry lies in
 * the future is checked by the use case, against the server's clock.
 */
export const createApiTokenSchema = z.strictObject({
  name: z
    .string({ error: "Give the token a name." })
    .trim()
    .min(1, "Give the token a name, e.g. where you will use it.")
    .max(API_TOKEN_NAME_MAX, `Keep the name to ${API_TOKEN_NAME_MAX} characters or fewer.`),
  expiresAt: z.iso
    .datetime({ offset: true, error: "Give the expiry as a date and time, e.g. 2030-01-31T00:00:00Z." })
    .nullable()
    .optional(),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;
