import { db } from "@/lib/db/client";

/** The oldest article imported from this URL, if any (for the duplicate warning). */
export async function findArticleBySourceUrl(
  sourceUrl: string,
): Promise<{ id: string; title: string } | null> {
  return db.article.findFirst({
    where: { sourceUrl },
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true },
  });
}
