import type { Qrels } from "./dataset";

/**
 * Average precision over the top `depth` results, divided by min(number relevant, depth): the CheckThat!
 * 2020 Task 2 `evaluate.py` definition of AP@k (a query with no relevant claim scores 0).
 */
export function averagePrecisionAt(
  ranked: readonly string[],
  relevant: ReadonlySet<string>,
  depth = 5,
): number {
  if (relevant.size === 0) return 0;
  let hits = 0;
  let sum = 0;
  ranked.slice(0, depth).forEach((id, i) => {
    if (!relevant.has(id)) return;
    hits += 1;
    sum += hits / (i + 1);
  });
  return sum / Math.min(relevant.size, depth);
}

export type RetrievalMetrics = { map5: number; precisionAt1: number; queries: number };

/** MAP@5 and P@1 over every query of `qrels`; a query without a ranking scores 0. */
export function evaluateRankings(
  rankings: ReadonlyMap<string, readonly string[]>,
  qrels: Qrels,
): RetrievalMetrics {
  let map = 0;
  let p1 = 0;
  for (const [queryId, relevant] of qrels) {
    const ranked = rankings.get(queryId) ?? [];
    map += averagePrecisionAt(ranked, relevant, 5);
    p1 += ranked[0] !== undefined && relevant.has(ranked[0]) ? 1 : 0;
  }
  const queries = qrels.size;
  return { map5: queries ? map / queries : 0, precisionAt1: queries ? p1 / queries : 0, queries };
}
