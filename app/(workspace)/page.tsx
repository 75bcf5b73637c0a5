import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ArticleList } from "@/components/articles/article-list";
import { ArticlePager } from "@/components/articles/article-pager";
import { ArticleStatusFilter } from "@/components/articles/article-status-filter";
import { requireUser } from "@/lib/auth/current-user";
import { listArticles } from "@/lib/data/articles/list-articles";
import { canImportArticles } from "@/lib/permissions";
import { articleStatuses } from "@/lib/review/article-status";

export const metadata: Metadata = { title: "Articles" };
export const dynamic = "force-dynamic";

/** `?status=` filters (an unknown one shows everything); `?cursor=` / `?before=` page through. */
const listParams = z.object({
  status: z.enum(articleStatuses).optional().catch(undefined),
  cursor: z.string().max(500).optional().catch(undefined),
  before: z.string().max(500).optional().catch(undefined),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArticlesPage({ searchParams }: Props) {
  const user = await requireUser("/");
  const query = listParams.parse(await searchParams);
  const page = await listArticles(user, query);
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
      <ArticleStatusFilter current={query.status} />
      <ArticleList articles={page.articles} status={query.status} />
      <ArticlePager
        status={query.status}
        nextCursor={page.nextCursor}
        previousCursor={page.previousCursor}
        isFirstPage={query.before ? page.previousCursor === null : !query.cursor}
      />
    </>
  );
}
