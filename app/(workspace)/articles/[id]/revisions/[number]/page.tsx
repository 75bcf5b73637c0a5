import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { paragraphRanges } from "@/lib/article/canonical-text";
import { getRevision } from "@/lib/data/articles/revisions";
import { BackLink } from "@/components/layout/back-link";

export const metadata: Metadata = { title: "Revision" };

export default async function RevisionPage({ params }: { params: Promise<{ id: string; number: string }> }) {
  const { id, number } = await params;
  const parsed = Number(number);
  const revision = Number.isInteger(parsed) && parsed > 0 ? await getRevision(id, parsed) : null;
  if (!revision) notFound();
  const isCurrent = revision.number === revision.article.revision;
  return (
    <div className="max-w-3xl">
      <BackLink href={`/articles/${id}/revisions`}>Text history</BackLink>
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
