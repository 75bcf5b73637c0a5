import type { Bm25Params } from "./bm25-index";

/** The reranker in its committed form (reranker-model.ts, written by `npm run train:claim-matching`). */
export type RerankerModel = {
  bm25: Bm25Params;
  /** How many first-stage candidates are reranked. */
  depth: number;
  /** Standardisation of each feature (see features.ts FEATURE_NAMES), then a linear score per candidate. */
  means: number[];
  scales: number[];
  weights: number[];
  /** The score of "none of these": a softmax over it and the candidates gives each candidate's probability. */
  noneScore: number;
  /** Scores from which a match is "very likely" / "likely" the same claim (chosen on train). */
  bands: { veryLikely: number; likely: number };
  trainedOn: string;
};

/** A candidate's linear score (a logit, comparable between the candidates of one query). */
export function linearScore(
  model: Pick<RerankerModel, "means" | "scales" | "weights">,
  features: readonly number[],
): number {
  let z = 0;
  for (let i = 0; i < features.length; i += 1) {
    z += (model.weights[i] ?? 0) * ((features[i]! - model.means[i]!) / model.scales[i]!);
  }
  return z;
}

/**
 * Each candidate's probability of being the claim the query repeats: a softmax over the candidates' scores
 * and `noneScore`, which stands for "none of these", so a query unlike every claim gets low scores.
 */
export function candidateProbabilities(scores: readonly number[], noneScore: number): number[] {
  const top = Math.max(noneScore, ...scores);
  const none = Math.exp(noneScore - top);
  const exps = scores.map((score) => Math.exp(score - top));
  const total = exps.reduce((sum, value) => sum + value, none);
  return exps.map((value) => value / total);
}
