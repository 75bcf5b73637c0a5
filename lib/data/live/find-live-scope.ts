import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canReadArticles } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";

/**
 * Checks that `actor` may follow live changes: of one article (which must
 * exist), or with no article of every one they may read (My work).
 */
export async function assertLiveScope(actor: SessionUser, articleId: string | null): Promise<void> {
  assertAllowed(canReadArticles(actor), "Sign in to follow changes to articles.");
  if (articleId === null) return;
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw new AppError("NOT_FOUND", "That article does not exist. It may have been deleted.");
}
