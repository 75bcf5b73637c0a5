import { z } from "zod";
import { PASSWORD_MAX, passwordSchema } from "./user";

/** Account link secrets are `fcl_` + 43 characters; anything far longer is not one. */
const ACCOUNT_LINK_SECRET_MAX = 200;

/**
 * Changing one's own password: the current one proves it is really them
 * (a session left open on a shared computer is not enough).
 */
export const changeOwnPasswordSchema = z.strictObject({
  currentPassword: z
    .string({ error: "Give your current password." })
    .min(1, "Give your current password.")
    .max(PASSWORD_MAX, "That is not your current password."),
  newPassword: passwordSchema,
});
export type ChangeOwnPasswordInput = z.infer<typeof changeOwnPasswordSchema>;

/** Completing a password reset: the link's secret travels in the body, never in an API URL. */
export const completePasswordResetSchema = z.strictObject({
  token: z
    .string({ error: "Send the link's secret as token." })
    .min(1, "Send the link's secret as token.")
    .max(ACCOUNT_LINK_SECRET_MAX, "That is not a password reset link."),
  password: passwordSchema,
});
export type CompletePasswordResetInput = z.infer<typeof completePasswordResetSchema>;
