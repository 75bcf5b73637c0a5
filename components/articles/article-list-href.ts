import type { ArticleStatus } from "@/lib/review/article-status";

/** The articles list URL for a status filter and a page position. */
export function articleListHref({
  status,
  cursor,
  before,
}: {
  status?: ArticleStatus;
  cursor?: string;
  before?: string;
}): string {
  const params = new URLSearchParams();
  if (status) params.set("status", status);
  if (cursor) params.set("cursor", cursor);
  if (before) params.set("before", before);
  const query = params.toString();
  return query ? `/?${query}` : "/";
}
