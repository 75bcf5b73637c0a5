import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { paragraphRanges } from "@/lib/article/canonical-text";
import { getRevision } from "@/lib/data/articles/revisions";

export const metadata: Metadata = { title: "Revision" };

export default async function RevisionPage({ params }: { params: Promise<{ id: string; number: string }> }) {
  const { id, number } = await params;
  const parsed = Number(number);
  const revision = Number.isInteger(parsed) && parsed > 0 ? await getRevision(id, parsed) : null;
  if (!revision) notFound();
  const isCurrent = revision.number === revision.article.revision;
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link
          href={`/articles/${id}/revisions`}
          className="text-stone-700 underline-offset-4 hover:underline"
        >
          ← Text history
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-2xl font-semibold">{revision.article.title}</h1>
      <p className="mb-4 text-stone-700">
        Revision {revision.number}
        {isCurrent ? " (current)" : " — an earlier text, kept for the record"}
        {revision.note ? `: ${revision.note}` : ""}
      </p>
      <div className="font-serif text-lg leading-relaxed" data-testid="revision-text">
        {paragraphRanges(revision.text).map((range) => (
          <p key={range.start} className="mb-5">
            {revision.text.slice(range.start, range.end)}
          </p>
        ))}
      </div>
    </div>
  );
}
