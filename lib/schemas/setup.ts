import { z } from "zod";
import { acceptInvitationSchema, emailSchema, passwordSchema, userNameSchema } from "./user";

/**
 * The first admin of a fresh deployment: the setup link's secret (printed
 * to the server log at start), and the admin's own email, name and
 * password. The secret travels in the body, never in an API URL.
 */
export const completeSetupSchema = z.strictObject({
  token: acceptInvitationSchema.shape.token,
  email: emailSchema,
  name: userNameSchema,
  password: passwordSchema,
});
export type CompleteSetupInput = z.infer<typeof completeSetupSchema>;
