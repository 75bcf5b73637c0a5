import type { Me } from "@/lib/api/schemas/me";
import type { SessionUser } from "@/lib/auth/roles";
import * as can from "./index";

/**
 * The caller and their permissions. Typed by the response schema, so every flag
 * the OpenAPI document promises is filled in.
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
      // Asked of a verdict nobody here wrote: whether the role may review at all.
      reviewVerdicts: can.canReviewVerdict(user, { authorId: "", revisions: [] }),
      publishReports: can.canPublishReports(user),
      manageSettings: can.canManageSettings(user),
      manageUsers: can.canManageUsers(user),
    },
  };
}
