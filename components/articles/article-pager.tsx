import Link from "next/link";
import { articleListHref, type ArticleListParams } from "@/lib/articles-search/article-list-href";

const linkClass =
  "rounded border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-blue-800";

/**
 * Previous / Next links between pages of the list (plain links, so they work
 * with the keyboard and without JavaScript). A page reached from a later one
 * that has nothing in front of it any more offers the first page instead.
 * Every link keeps the search, filters and sort.
 */
export function ArticlePager({
  params,
  nextCursor,
  previousCursor,
  isFirstPage,
}: {
  params: ArticleListParams;
  nextCursor: string | null;
  previousCursor: string | null;
  isFirstPage: boolean;
}) {
  if (!nextCursor && !previousCursor && isFirstPage) return null;
  return (
    <nav aria-label="Pages of articles" className="mt-6 flex justify-between gap-3">
      {previousCursor ? (
        <Link href={articleListHref(params, { before: previousCursor })} rel="prev" className={linkClass}>
          ← Previous page
        </Link>
      ) : !isFirstPage ? (
        <Link href={articleListHref(params)} className={linkClass}>
          ← First page
        </Link>
      ) : (
        <span />
      )}
      {nextCursor ? (
        <Link href={articleListHref(params, { cursor: nextCursor })} rel="next" className={linkClass}>
          Next page →
        </Link>
      ) : null}
    </nav>
  );
}
