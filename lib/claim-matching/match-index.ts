import {
  addDocument,
  createBm25Index,
  removeDocument,
  searchBm25,
  type Bm25Index,
  type Field,
} from "./bm25-index";
import { candidateFeatures, profileOf, wordOverlap, type Candidate } from "./features";
import { candidateProbabilities, linearScore, type RerankerModel } from "./model";
import { matchTerms } from "./normalize";
import { RERANKER_MODEL } from "./reranker-model";

export type MatchEntry = { id: string; text: string; title?: string };
/**
 * `score`: the probability (on train) that the entry is the claim repeated. `overlap`: how much of the
 * words' weight the two share (the larger of the idf-weighted share of the entry's words the query has,
 * and of the query's words the entry has), which `relevanceLabel` also reads: a lone rare shared word can
 * score high in a small archive.
 */
export type Match = { id: string; score: number; overlap: number };

export type MatchIndex = {
  bm25: Bm25Index;
  /** By document number; a removed entry's slot stays (its document is a tombstone). */
  entries: (MatchEntry | undefined)[];
  documentOf: Map<string, number>;
  model: RerankerModel;
};

const termsOf = (entry: MatchEntry): Record<Field, string[]> => ({
  text: matchTerms(entry.text),
  title: matchTerms(entry.title ?? ""),
});

/** An index over claims to match against: each entry's text (the claim) and optional title. */
export function buildMatchIndex(
  entries: readonly MatchEntry[],
  model: RerankerModel = RERANKER_MODEL,
): MatchIndex {
  const index: MatchIndex = { bm25: createBm25Index(), entries: [], documentOf: new Map(), model };
  addEntries(index, entries);
  return index;
}

/** Adds entries; an entry whose id is already indexed replaces it. */
export function addEntries(index: MatchIndex, entries: readonly MatchEntry[]): void {
  for (const entry of entries) {
    removeEntry(index, entry.id);
    index.documentOf.set(entry.id, addDocument(index.bm25, termsOf(entry)));
    index.entries.push(entry);
  }
}

/** Removes an entry; false if it was not indexed. */
export function removeEntry(index: MatchIndex, id: string): boolean {
  const doc = index.documentOf.get(id);
  if (doc === undefined) return false;
  removeDocument(index.bm25, doc, termsOf(index.entries[doc]!));
  index.entries[doc] = undefined;
  index.documentOf.delete(id);
  return true;
}

export type ScoredCandidate = { id: string; bm25: number; features: number[] };

/** The first stage's best `depth` candidates for `text`, with the reranker's features, in BM25 order. */
export function candidatesFor(index: MatchIndex, text: string, depth = index.model.depth): ScoredCandidate[] {
  const query = profileOf(text);
  const found = searchBm25(index.bm25, query.terms, index.model.bm25, depth);
  const best = found[0]?.combined ?? 0;
  return found.map((scores, rank) => {
    const entry = index.entries[scores.doc]!;
    const candidate: Candidate = { scores, text: profileOf(entry.text), title: profileOf(entry.title ?? "") };
    return {
      id: entry.id,
      bm25: scores.combined,
      features: candidateFeatures(index.bm25, query, candidate, best, rank),
    };
  });
}

/**
 * The `top` entries most likely to be the claim `text` repeats, best first: BM25 over text and title picks
 * candidates, the committed linear reranker orders them. A score is the probability (on train) that the entry
 * is the claim repeated; see `relevanceLabel`.
 */
export function matchClaim(index: MatchIndex, text: string, top = 5): Match[] {
  if (top <= 0) return [];
  const candidates = candidatesFor(index, text);
  const scores = candidates.map((candidate) => linearScore(index.model, candidate.features));
  return candidateProbabilities(scores, index.model.noneScore)
    .map((score, i) => ({ id: candidates[i]!.id, score, overlap: wordOverlap(candidates[i]!.features) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, top);
}
