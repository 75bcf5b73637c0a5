import { z } from "zod";
import { roles } from "@/lib/auth/roles";

export const setupCompletedResponse = z
  .object({
    user: z
      .object({ id: z.string(), email: z.string(), name: z.string(), role: z.enum(roles) })
      .meta({ description: "The first admin. Sign in with its email and password now." }),
  })
  .meta({ id: "SetupCompleted" });
export type SetupCompletedView = z.infer<typeof setupCompletedResponse>;
