import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleHeader } from "@/components/article/article-header";
import { ArticleWorkspace } from "@/components/article/article-workspace";
import { LiveUpdates } from "@/components/live/live-updates";
import { summarizeMatches } from "@/components/matches/checked-before-summary";
import { requireUser } from "@/lib/auth/current-user";
import { getArticleView } from "@/lib/data/articles/get-article-view";
import { toDeskClaim } from "@/lib/data/claims/claim-view";
import { listStoredMatches } from "@/lib/data/matches/claim-matches";
import { listSuggestions } from "@/lib/data/suggestions/list-suggestions";
import { toDeskSuggestions } from "@/lib/suggestions/desk-suggestions";
import { canAnnotateClaims, canComment, canEditArticles, canWriteVerdicts } from "@/lib/permissions";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const article = await getArticleView((await params).id);
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage({ params }: Params) {
  const { id } = await params;
  const [user, article] = await Promise.all([requireUser(`/articles/${id}`), getArticleView(id)]);
  if (!article) notFound();
  const [suggestions, matches] = await Promise.all([
    listSuggestions(user, article.id),
    listStoredMatches(article.claims.map((claim) => claim.id)),
  ]);
  return (
    <>
      <ArticleHeader article={article} canEdit={canEditArticles(user)} />
      <LiveUpdates articleId={article.id} showPresence />
      <ArticleWorkspace
        articleId={article.id}
        revision={article.revision}
        text={article.text}
        claims={article.claims.map(toDeskClaim)}
        suggestions={{
          threshold: suggestions.threshold,
          // Offsets index one revision: should the text change between the two reads, offer none until reload.
          sentences:
            suggestions.revision === article.revision ? toDeskSuggestions(suggestions.sentences) : [],
        }}
        canAnnotate={canAnnotateClaims(user)}
        viewer={{
          user: { id: user.id, role: user.role },
          // Whoever writes verdicts reviews others' (canReviewVerdict then rules out their own).
          mayReview: canWriteVerdicts(user),
          mayComment: canComment(user),
        }}
        checkedBefore={summarizeMatches(matches)}
      />
    </>
  );
}
