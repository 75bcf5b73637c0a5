import { z } from "zod";
import { roles, type SessionUser } from "@/lib/auth/roles";
import * as can from "@/lib/permissions";

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

/**
 * The caller and their permissions. Kept beside the schema so every flag the
 * document promises is filled in (the type says so).
 */
export function describeCaller(user: SessionUser, via: Me["authenticatedBy"]): Me {
  return {
    user: { id: user.id, email: user.email, name: user.name, role: user.role },
    authenticatedBy: via,
    permissions: {
      readArticles: can.canReadArticles(user),
      importArticles: can.canImportArticles(user),
      editArticles: can.canEditArticles(user),
      annotateClaims: can.canAnnotateClaims(user),
      dismissClaims: can.canDismissClaims(user),
      resolveDisputes: can.canResolveDisputes(user),
      comment: can.canComment(user),
      writeVerdicts: can.canWriteVerdicts(user),
      // Asked of a verdict by someone else: whether the role may review at all.
      reviewVerdicts: can.canReviewVerdict(user, { authorId: "" }),
      publishReports: can.canPublishReports(user),
      manageSettings: can.canManageSettings(user),
      manageUsers: can.canManageUsers(user),
    },
  };
}
