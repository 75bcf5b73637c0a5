import type { Bm25Params } from "./bm25-index";
import { searchBm25 } from "./bm25-index";
import type { Qrels, Query } from "./dataset";
import { evaluateRankings } from "./evaluate";
import { fitListwise } from "./listwise";
import {
  buildMatchIndex,
  candidatesFor,
  type MatchEntry,
  type MatchIndex,
  type ScoredCandidate,
} from "./match-index";
import { candidateProbabilities, linearScore, type RerankerModel } from "./model";
import { matchTerms } from "./normalize";

export type TrainingData = { claims: readonly MatchEntry[]; queries: readonly Query[]; qrels: Qrels };

/** Every hyperparameter's candidates; each is chosen on train only. */
export const TRAINING_GRID = {
  k1: [0.6, 0.9, 1.2, 1.6],
  b: [0.3, 0.5, 0.75],
  titleBoost: [0.5, 0.75, 1, 1.5],
  depth: [20, 30, 50],
  l2: [0.0001, 0.001, 0.01, 0.1],
  folds: 5,
};

export type TrainingReport = {
  bm25: Bm25Params;
  firstStageMap5: number;
  crossValidation: { depth: number; l2: number; map5: number }[];
  chosen: { depth: number; l2: number; map5: number };
};

type OutOfFold = { map5: number; z: number[][] };

/**
 * Trains the reranker: BM25 parameters by the first stage's train MAP@5; then depth and L2 of a listwise
 * linear model by 5-fold cross-validation over train queries (fold = position mod 5); the final fit on all
 * of train; a calibration of its scores into probabilities (logistic, on the cross-validated scores), and
 * the relevance bands from the cross-validated candidates' scores. Deterministic; dev/ is never read.
 */
export function trainReranker(
  data: TrainingData,
  trainedOn: string,
): { model: RerankerModel; report: TrainingReport } {
  const index = buildMatchIndex(data.claims);
  const { params: bm25, map5: firstStageMap5 } = chooseBm25(index, data);
  index.model = { ...index.model, bm25 };
  const candidates = data.queries.map((query) =>
    candidatesFor(index, query.text, Math.max(...TRAINING_GRID.depth)),
  );
  const crossValidation: TrainingReport["crossValidation"] = [];
  let chosen = { depth: 0, l2: 0, map5: -1 };
  let chosenOutOfFold: OutOfFold = { map5: 0, z: [] };
  for (const depth of TRAINING_GRID.depth) {
    for (const l2 of TRAINING_GRID.l2) {
      const outOfFold = crossValidate(data, candidates, depth, l2);
      crossValidation.push({ depth, l2, map5: outOfFold.map5 });
      if (outOfFold.map5 > chosen.map5 + 1e-9) {
        chosen = { depth, l2, map5: outOfFold.map5 };
        chosenOutOfFold = outOfFold;
      }
    }
  }
  const fit = fitListwise(
    listsOf(data, candidates, chosen.depth, () => true),
    chosen.l2,
  );
  const noneScore = chooseNoneScore(data, candidates, chosenOutOfFold.z);
  const scored = chosenOutOfFold.z.flatMap((zs, q) =>
    candidateProbabilities(zs, noneScore).map((score, i) => ({
      score,
      correct: isGold(data, q, candidates[q]![i]!.id),
    })),
  );
  const round = (value: number) => Number(value.toPrecision(6));
  const model: RerankerModel = {
    bm25,
    depth: chosen.depth,
    means: fit.means.map(round),
    scales: fit.scales.map(round),
    weights: fit.weights.map(round),
    noneScore,
    bands: { veryLikely: bandFor(scored, 0.9), likely: bandFor(scored, 0.6) },
    trainedOn,
  };
  return { model, report: { bm25, firstStageMap5, crossValidation, chosen } };
}

const isGold = (data: TrainingData, q: number, id: string) =>
  data.qrels.get(data.queries[q]!.id)?.has(id) ?? false;

function chooseBm25(index: MatchIndex, data: TrainingData): { params: Bm25Params; map5: number } {
  const queries = data.queries.map((query) => ({ id: query.id, terms: matchTerms(query.text) }));
  let best = { params: index.model.bm25, map5: -1 };
  for (const k1 of TRAINING_GRID.k1) {
    for (const b of TRAINING_GRID.b) {
      for (const titleBoost of TRAINING_GRID.titleBoost) {
        const params = { k1, b, titleBoost };
        const rankings = new Map(
          queries.map((query) => [
            query.id,
            searchBm25(index.bm25, query.terms, params, 5).map((found) => index.entries[found.doc]!.id),
          ]),
        );
        const { map5 } = evaluateRankings(rankings, data.qrels);
        if (map5 > best.map5 + 1e-9) best = { params, map5 };
      }
    }
  }
  return best;
}

function listsOf(
  data: TrainingData,
  candidates: ScoredCandidate[][],
  depth: number,
  include: (q: number) => boolean,
) {
  return candidates
    .map((list, q) => ({ list: list.slice(0, depth), q }))
    .filter(({ q }) => include(q))
    .map(({ list, q }) => ({
      features: list.map((candidate) => candidate.features),
      gold: list.map((candidate) => isGold(data, q, candidate.id)),
    }));
}

/** Each train query's candidates scored by a model fitted without its fold, and the MAP@5 of that order. */
function crossValidate(
  data: TrainingData,
  candidates: ScoredCandidate[][],
  depth: number,
  l2: number,
): OutOfFold {
  const z: number[][] = candidates.map(() => []);
  const { folds } = TRAINING_GRID;
  for (let fold = 0; fold < folds; fold += 1) {
    const fit = fitListwise(
      listsOf(data, candidates, depth, (q) => q % folds !== fold),
      l2,
    );
    candidates.forEach((list, q) => {
      if (q % folds === fold)
        z[q] = list.slice(0, depth).map((candidate) => linearScore(fit, candidate.features));
    });
  }
  const rankings = new Map(
    candidates.map((list, q) => [
      data.queries[q]!.id,
      list
        .slice(0, depth)
        .map((candidate, i) => ({ id: candidate.id, z: z[q]![i]! }))
        .sort((a, b) => b.z - a.z)
        .map((candidate) => candidate.id),
    ]),
  );
  return { map5: evaluateRankings(rankings, data.qrels).map5, z };
}

/**
 * The "none of these" score that best explains the cross-validated train rankings (grid of 0.25 steps):
 * a query whose gold claim is among its candidates should give them the mass, one whose gold claim the
 * first stage missed should give it to "none".
 */
function chooseNoneScore(data: TrainingData, candidates: ScoredCandidate[][], z: number[][]): number {
  let best = { noneScore: 0, logLikelihood: -Infinity };
  for (let noneScore = -10; noneScore <= 10; noneScore += 0.25) {
    let logLikelihood = 0;
    z.forEach((scores, q) => {
      const probabilities = candidateProbabilities(scores, noneScore);
      const gold = probabilities.reduce(
        (sum, p, i) => sum + (isGold(data, q, candidates[q]![i]!.id) ? p : 0),
        0,
      );
      logLikelihood += Math.log(
        Math.max(1e-12, gold > 0 ? gold : 1 - probabilities.reduce((sum, p) => sum + p, 0)),
      );
    });
    if (logLikelihood > best.logLikelihood + 1e-9) best = { noneScore, logLikelihood };
  }
  return best.noneScore;
}

/** The lowest score from which cross-validated matches are the gold claim at least `precision` of the time. */
function bandFor(scored: { score: number; correct: boolean }[], precision: number): number {
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  let correct = 0;
  let band = 1;
  sorted.forEach((top, i) => {
    correct += top.correct ? 1 : 0;
    if (correct / (i + 1) >= precision) band = top.score;
  });
  return Number(band.toFixed(3));
}
