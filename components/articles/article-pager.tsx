import Link from "next/link";
import type { ArticleStatus } from "@/lib/review/article-status";
import { articleListHref } from "./article-list-href";

const linkClass =
  "rounded border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-blue-800";

/**
 * Previous / Next links between pages of the list (plain links, so they work
 * with the keyboard and without JavaScript). A page reached from a later one
 * that has nothing in front of it any more offers the first page instead.
 */
export function ArticlePager({
  status,
  nextCursor,
  previousCursor,
  isFirstPage,
}: {
  status?: ArticleStatus;
  nextCursor: string | null;
  previousCursor: string | null;
  isFirstPage: boolean;
}) {
  if (!nextCursor && !previousCursor && isFirstPage) return null;
  return (
    <nav aria-label="Pages of articles" className="mt-6 flex justify-between gap-3">
      {previousCursor ? (
        <Link href={articleListHref({ status, before: previousCursor })} rel="prev" className={linkClass}>
          ← Previous page
        </Link>
      ) : !isFirstPage ? (
        <Link href={articleListHref({ status })} className={linkClass}>
          ← First page
        </Link>
      ) : (
        <span />
      )}
      {nextCursor ? (
        <Link href={articleListHref({ status, cursor: nextCursor })} rel="next" className={linkClass}>
          Next page →
        </Link>
      ) : null}
    </nav>
  );
}
