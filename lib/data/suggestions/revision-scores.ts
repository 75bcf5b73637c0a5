import type { Tx } from "@/lib/db/client";
import {
  parseStoredScores,
  scoreTextForStorage,
  type StoredSentenceScore,
} from "@/lib/suggestions/sentence-scores";

type RevisionRow = { id: string; text: string; sentenceScores: string | null };

/**
 * A revision's sentence scores. Revisions saved before scoring existed have
 * none: they are scored now and stored with a write conditional on the value
 * read, so concurrent first readers store the same scores once and never
 * overwrite each other.
 */
export async function readRevisionScores(client: Tx, revision: RevisionRow): Promise<StoredSentenceScore[]> {
  const stored = revision.sentenceScores === null ? null : parseStoredScores(revision.sentenceScores);
  if (stored) return stored;
  const json = scoreTextForStorage(revision.text);
  await client.articleRevision.updateMany({
    where: { id: revision.id, sentenceScores: revision.sentenceScores },
    data: { sentenceScores: json },
  });
  return parseStoredScores(json) ?? [];
}
