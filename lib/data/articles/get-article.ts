import type { ArticleResource } from "@/lib/api/schemas/article";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";
import { canReadArticles } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import { findArticleResource } from "./article-resource";

/** One article with its details, progress and the text of its current revision. Any signed-in user. */
export async function getArticle(actor: SessionUser, articleId: string): Promise<ArticleResource> {
  assertAllowed(canReadArticles(actor), "Sign in to read articles.");
  const article = await findArticleResource(articleId);
  if (!article) throw new AppError("NOT_FOUND", "That article does not exist. It may have been deleted.");
  return article;
}
