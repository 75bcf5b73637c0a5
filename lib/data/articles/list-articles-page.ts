import type { ArticleListItem } from "@/lib/api/schemas/article";
import type { SessionUser } from "@/lib/auth/roles";
import { getSettings } from "@/lib/data/settings/get-settings";
import { canReadArticles } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import { toArticleListItem } from "./article-resource";
import { findArticlePage, type ArticlePageQuery } from "./find-article-page";

export interface ArticlePage {
  articles: ArticleListItem[];
  /** Where the next page starts; null when there is nothing after this page. */
  nextCursor: string | null;
}

/**
 * `GET /articles`: one page of articles, searched, filtered and sorted
 * (newest first by default); find-article-page.ts reads it by keyset.
 */
export async function listArticlesPage(actor: SessionUser, query: ArticlePageQuery): Promise<ArticlePage> {
  assertAllowed(canReadArticles(actor), "Sign in to read articles.");
  const [settings, page] = await Promise.all([getSettings(), findArticlePage(query)]);
  return {
    articles: page.rows.map((article) => toArticleListItem(article, settings)),
    nextCursor: page.nextCursor,
  };
}
