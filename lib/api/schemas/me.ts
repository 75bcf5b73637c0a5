import { z } from "zod";
import { roles } from "@/lib/auth/roles";

/** Who is calling and what their role lets them do: one flag per question in lib/permissions. */
export const meResponse = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string(), role: z.enum(roles) }),
    authenticatedBy: z
      .enum(["session", "token"])
      .describe("A browser session, or a personal access token sent as `Authorization: Bearer`."),
    permissions: z
      .object({
        readArticles: z.boolean(),
        importArticles: z.boolean().describe("Create articles (POST /articles)."),
        editArticles: z.boolean().describe("Revise the text, edit the details, delete articles."),
        annotateClaims: z.boolean().describe("Mark, edit and delete claims."),
        dismissClaims: z.boolean(),
        resolveDisputes: z.boolean(),
        comment: z.boolean(),
        writeVerdicts: z.boolean(),
        reviewVerdicts: z.boolean().describe("Review other people's verdicts (never one's own)."),
        publishReports: z.boolean(),
        manageSettings: z.boolean().describe("The rating scale and the admin settings."),
        manageUsers: z.boolean(),
      })
      .describe("What the caller's role allows now; a token acts with its owner's current role."),
  })
  .meta({ id: "Me" });
export type Me = z.infer<typeof meResponse>;
