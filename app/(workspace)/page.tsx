import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ArticleList } from "@/components/articles/article-list";
import { ArticlePager } from "@/components/articles/article-pager";
import { ArticleSearchForm } from "@/components/articles/article-search-form";
import { ArticleStatusFilter } from "@/components/articles/article-status-filter";
import { requireUser } from "@/lib/auth/current-user";
import { listArticles } from "@/lib/data/articles/list-articles";
import { canImportArticles } from "@/lib/permissions";
import { articleStatuses } from "@/lib/review/article-status";
import { articleListFilterShape } from "@/lib/schemas/article-list";

export const metadata: Metadata = { title: "Articles" };
export const dynamic = "force-dynamic";

/**
 * The list's search, filters and sort (lib/schemas/article-list.ts, as the
 * API takes them), then `?cursor=` / `?before=` to page through. A value
 * the page cannot use (an unknown status, a mistyped date) is ignored, so a
 * hand-edited URL still shows a list.
 */
const { q, createdFrom, createdTo, published, sort } = articleListFilterShape;
const listParams = z.object({
  q: q.catch(undefined),
  status: z.enum(articleStatuses).optional().catch(undefined),
  published: published.catch(undefined),
  createdFrom: createdFrom.catch(undefined),
  createdTo: createdTo.catch(undefined),
  sort: sort.catch("newest"),
  cursor: z.string().max(500).optional().catch(undefined),
  before: z.string().max(500).optional().catch(undefined),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArticlesPage({ searchParams }: Props) {
  const user = await requireUser("/");
  const { cursor, before, ...params } = listParams.parse(await searchParams);
  const page = await listArticles(user, { ...params, cursor, before });
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
      <ArticleSearchForm params={params} />
      <ArticleStatusFilter params={params} />
      <ArticleList articles={page.articles} params={params} />
      <ArticlePager
        params={params}
        nextCursor={page.nextCursor}
        previousCursor={page.previousCursor}
        isFirstPage={before ? page.previousCursor === null : !cursor}
      />
    </>
  );
}
