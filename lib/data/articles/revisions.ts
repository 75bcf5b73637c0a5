import { db } from "@/lib/db/client";

/** Every text revision of an article, newest first, without their text. */
export async function listRevisions(articleId: string) {
  return db.articleRevision.findMany({
    where: { articleId },
    orderBy: { number: "desc" },
    select: { number: true, note: true, createdAt: true, createdBy: { select: { name: true } } },
  });
}

/** One revision with its text and the article's title, or null. */
export async function getRevision(articleId: string, number: number) {
  return db.articleRevision.findUnique({
    where: { articleId_number: { articleId, number } },
    include: { article: { select: { title: true, revision: true } }, createdBy: { select: { name: true } } },
  });
}
