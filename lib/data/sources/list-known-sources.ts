import { db } from "@/lib/db/client";

/** Sources already cited anywhere, most recent first, so reviewers can reuse them. */
export async function listKnownSources(limit = 500) {
  return db.source.findMany({
    orderBy: { updatedAt: "desc" },
    take: limit,
    select: { url: true, title: true, publisher: true, archiveUrl: true },
  });
}
