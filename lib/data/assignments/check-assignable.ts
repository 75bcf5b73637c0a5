import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canBeAssignedWork, canLeadArticles } from "@/lib/permissions";

const rules = {
  assigneeId: {
    allows: canBeAssignedWork,
    message: "Choose an active reviewer or admin: only they write verdicts.",
  },
  leadEditorId: {
    allows: canLeadArticles,
    message: "Choose an active editor or admin to lead the article.",
  },
} as const;

/**
 * Refuses (VALIDATION on the field) a person who cannot hold the role: an
 * unknown or deactivated account, or the wrong role. Null (nobody) and
 * undefined (unchanged) pass.
 */
export async function checkAssignable(
  tx: Tx,
  field: keyof typeof rules,
  userId: string | null | undefined,
): Promise<void> {
  if (!userId) return;
  const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, disabledAt: true } });
  const rule = rules[field];
  if (!user || !rule.allows({ role: user.role as never, disabledAt: user.disabledAt })) {
    throw new AppError("VALIDATION", rule.message, { fields: { [field]: rule.message } });
  }
}
