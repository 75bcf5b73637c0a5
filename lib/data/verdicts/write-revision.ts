import type { Tx } from "@/lib/db/client";
import { lockInTransaction } from "@/lib/db/dialect";
import { AppError } from "@/lib/errors/app-error";
import type { SourceInput } from "@/lib/schemas/source";
import type { VerdictContentInput } from "@/lib/schemas/verdict";

/** The rating with this key, if it may be chosen (not retired); else a field error. */
export async function findChoosableRating(tx: Tx, key: string) {
  const rating = await tx.rating.findUnique({ where: { key } });
  if (!rating || rating.retiredAt) {
    throw new AppError("VALIDATION", "Choose a rating from the scale.", {
      fields: { rating: "Choose a rating from the scale." },
    });
  }
  return rating;
}

/** Submitting needs enough sources (an admin setting, default 1). */
export function assertEnoughSources(sources: readonly unknown[], minimum: number): void {
  if (sources.length < minimum) {
    const message = `Add at least ${minimum} ${minimum === 1 ? "source" : "sources"} before submitting for review.`;
    throw new AppError("VALIDATION", message, { fields: { sources: message } });
  }
}

/**
 * Sources are shared by URL, so a reviewer cites a known source without
 * typing it again. An existing source keeps its title and publisher (they
 * show on older revisions too, which must not change under their readers);
 * only a missing archive URL is filled in. Two reviewers citing the same
 * new URL at once would both find nothing and the second insert would hit
 * the unique URL; the lock makes the second wait and find the first's row.
 */
async function upsertSource(tx: Tx, source: SourceInput) {
  await lockInTransaction(tx, `factcheck:source:${source.url}`);
  const existing = await tx.source.findUnique({ where: { url: source.url } });
  if (!existing) {
    return tx.source.create({
      data: {
        url: source.url,
        title: source.title ?? source.url,
        publisher: source.publisher,
        archiveUrl: source.archiveUrl,
      },
    });
  }
  if (!existing.archiveUrl && source.archiveUrl) {
    return tx.source.update({ where: { id: existing.id }, data: { archiveUrl: source.archiveUrl } });
  }
  return existing;
}

/** Creates one immutable verdict revision with its cited sources. */
export async function writeRevision(
  tx: Tx,
  args: {
    verdictId: string;
    version: number;
    ratingId: string;
    content: VerdictContentInput;
    authorId: string;
    submitted: boolean;
  },
) {
  const revision = await tx.verdictRevision.create({
    data: {
      verdictId: args.verdictId,
      version: args.version,
      ratingId: args.ratingId,
      summary: args.content.summary,
      rationale: args.content.rationale,
      authorId: args.authorId,
      submittedAt: args.submitted ? new Date() : null,
    },
  });
  for (const [position, source] of args.content.sources.entries()) {
    const stored = await upsertSource(tx, source);
    await tx.verdictSource.create({
      data: {
        verdictRevisionId: revision.id,
        sourceId: stored.id,
        position,
        excerpt: source.excerpt,
        // No date given means none: the report must not claim it was checked "today".
        accessedAt: source.accessedAt ? new Date(`${source.accessedAt}T00:00:00Z`) : null,
      },
    });
  }
  return revision;
}
