import Link from "next/link";
import { StatusProgress } from "@/components/status/status-progress";
import { formatArticleDate, hostOf, isSafeHttpUrl } from "@/lib/article/format";
import type { ArticleView } from "@/lib/data/articles/get-article-view";
import { BackLink } from "@/components/layout/back-link";
import { ArticleAssignmentForm } from "@/components/article/article-assignment-form";
import { DueDay } from "@/components/status/due-day";
import { listAssignablePeople } from "@/lib/data/assignments/list-assignable-people";

export function ArticleHeader({ article, canEdit }: { article: ArticleView; canEdit: boolean }) {
  const published = formatArticleDate(article.publishedAt);
  return (
    <header className="mb-6 border-b border-stone-200 pb-5">
      <BackLink href="/">All articles</BackLink>
      <h1 className="mt-2 font-serif text-3xl font-semibold leading-tight">{article.title}</h1>
      <div className="mt-2 space-y-0.5 text-stone-700">
        {article.byline ? <p data-testid="byline">by {article.byline}</p> : null}
        {article.dateline ? <p data-testid="dateline">{article.dateline}</p> : null}
        <p className="text-sm">
          {published ? <>Published {published}</> : "Publication date unknown"}
          {isSafeHttpUrl(article.sourceUrl) ? (
            <>
              {" · "}
              <a href={article.sourceUrl} className="underline" rel="noopener noreferrer nofollow">
                Original on {hostOf(article.sourceUrl)}
              </a>
            </>
          ) : null}
          {" · "}
          <Link href={`/articles/${article.id}/revisions`} className="underline underline-offset-2">
            Revision {article.revision}
          </Link>
          {" · "}
          <Link href={`/articles/${article.id}/report`} className="font-medium underline underline-offset-2">
            Report
          </Link>
          {canEdit ? (
            <>
              {" · "}
              <Link href={`/articles/${article.id}/edit`} className="underline underline-offset-2">
                Edit text
              </Link>
              {" · "}
              <Link
                href={`/articles/${article.id}/import-annotations`}
                className="underline underline-offset-2"
              >
                Import annotations
              </Link>
            </>
          ) : null}
        </p>
      </div>
      <ArticleAssignment article={article} canEdit={canEdit} />
      <div className="mt-4 max-w-xl">
        <StatusProgress summary={article.summary} ratingCounts={article.ratingCounts} />
      </div>
    </header>
  );
}

/**
 * Who leads the article, who owns it and when it is due; editors (who may
 * assign work, as canAssignWork says) get the form to change them.
 */
async function ArticleAssignment({ article, canEdit }: { article: ArticleView; canEdit: boolean }) {
  const people = canEdit ? await listAssignablePeople() : null;
  return (
    <div className="mt-2 text-sm text-stone-700" data-testid="article-assignment">
      <p>
        Lead editor: {article.leadEditor?.name ?? "nobody"}
        {" · "}Assignee: {article.assignee?.name ?? "nobody"}
        {" · "}
        {article.dueAt ? <DueDay day={article.dueAt} /> : "No due date"}
      </p>
      {people ? (
        <ArticleAssignmentForm
          articleId={article.id}
          updatedAt={article.updatedAt.toISOString()}
          leadEditor={article.leadEditor}
          assignee={article.assignee}
          dueAt={article.dueAt}
          leadEditors={people.leadEditors}
          assignees={people.assignees}
        />
      ) : null}
    </div>
  );
}
