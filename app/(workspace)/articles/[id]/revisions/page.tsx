import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getArticleView } from "@/lib/data/articles/get-article-view";
import { listRevisions } from "@/lib/data/articles/revisions";
import { BackLink } from "@/components/layout/back-link";
import { LocalTime } from "@/components/ui/local-time";

export const metadata: Metadata = { title: "Text history" };

export default async function RevisionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [article, revisions] = await Promise.all([getArticleView(id), listRevisions(id)]);
  if (!article) notFound();
  return (
    <div className="max-w-3xl">
      <BackLink href={`/articles/${id}`}>{article.title}</BackLink>
      <h1 className="mb-4 mt-2 text-2xl font-semibold">Text history</h1>
      <ol className="space-y-2" aria-label="Revisions, newest first">
        {revisions.map((revision) => (
          <li key={revision.number} className="rounded-md border border-stone-200 bg-white p-3">
            <Link
              href={`/articles/${id}/revisions/${revision.number}`}
              className="font-medium underline-offset-4 hover:underline"
            >
              Revision {revision.number}
              {revision.number === article.revision ? " (current)" : ""}
            </Link>
            <p className="text-sm text-stone-700">
              <LocalTime value={revision.createdAt} />
              {revision.createdBy ? ` by ${revision.createdBy.name}` : ""}
              {revision.note ? ` — ${revision.note}` : ""}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
