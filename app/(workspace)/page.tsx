import type { Metadata } from "next";
import Link from "next/link";
import { ArticleList } from "@/components/articles/article-list";
import { requireUser } from "@/lib/auth/current-user";
import { listArticles } from "@/lib/data/articles/list-articles";
import { canImportArticles } from "@/lib/permissions";

export const metadata: Metadata = { title: "Articles" };
export const dynamic = "force-dynamic";

export default async function ArticlesPage() {
  const [user, articles] = await Promise.all([requireUser("/"), listArticles()]);
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
      <ArticleList articles={articles} />
    </>
  );
}
