import { z } from "zod";

export const changeOwnPasswordResponse = z
  .object({
    endedSessions: z
      .number()
      .int()
      .min(0)
      .meta({ description: "How many of your other sessions were signed out. This one stays signed in." }),
  })
  .meta({ id: "PasswordChanged" });
export type ChangeOwnPasswordResult = z.infer<typeof changeOwnPasswordResponse>;

export const passwordResetCompletedResponse = z
  .object({
    user: z
      .object({ id: z.string(), email: z.string() })
      .meta({ description: "The account whose password was set. Sign in with it now." }),
  })
  .meta({ id: "PasswordResetCompleted" });
export type PasswordResetCompleted = z.infer<typeof passwordResetCompletedResponse>;
