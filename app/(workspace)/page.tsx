import type { Metadata } from "next";
import Link from "next/link";
import { ArticleList } from "@/components/articles/article-list";
import { ArticlePager } from "@/components/articles/article-pager";
import { ArticleSearchForm } from "@/components/articles/article-search-form";
import { ArticleStatusFilter } from "@/components/articles/article-status-filter";
import { requireUser } from "@/lib/auth/current-user";
import { listArticles } from "@/lib/data/articles/list-articles";
import { listAssignablePeople } from "@/lib/data/assignments/list-assignable-people";
import { canImportArticles } from "@/lib/permissions";
import { articleListPageSchema } from "@/lib/schemas/article-list";

export const metadata: Metadata = { title: "Articles" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArticlesPage({ searchParams }: Props) {
  const user = await requireUser("/");
  const { cursor, before, ...params } = articleListPageSchema.parse(await searchParams);
  const [page, people] = await Promise.all([
    listArticles(user, { ...params, cursor, before }),
    listAssignablePeople(),
  ]);
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Articles</h1>
        {canImportArticles(user) ? (
          <Link
            href="/articles/new"
            className="rounded bg-blue-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-900"
          >
            Import an article
          </Link>
        ) : null}
      </div>
      <ArticleSearchForm params={params} people={people} />
      <ArticleStatusFilter params={params} />
      <ArticleList articles={page.articles} params={params} people={people} />
      <ArticlePager
        params={params}
        nextCursor={page.nextCursor}
        previousCursor={page.previousCursor}
        isFirstPage={before ? page.previousCursor === null : !cursor}
      />
    </>
  );
}
