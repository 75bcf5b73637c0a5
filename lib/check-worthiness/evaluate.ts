/** Metrics of the positive ("Yes") class, as the CheckThat! lab reports them. */
export type BinaryMetrics = { f1: number; precision: number; recall: number; averagePrecision: number };

export function evaluateAtThreshold(
  scores: readonly number[],
  labels: readonly (0 | 1)[],
  threshold: number,
): BinaryMetrics {
  let truePositives = 0;
  let predicted = 0;
  let positives = 0;
  scores.forEach((score, i) => {
    const isPredicted = score >= threshold;
    if (isPredicted) predicted += 1;
    if (labels[i] === 1) {
      positives += 1;
      if (isPredicted) truePositives += 1;
    }
  });
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = positives === 0 ? 0 : truePositives / positives;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { f1, precision, recall, averagePrecision: averagePrecision(scores, labels) };
}

/**
 * Average precision of the ranking by score (mean of precision at each positive). Ties are broken by
 * input order, so the figure is deterministic.
 */
export function averagePrecision(scores: readonly number[], labels: readonly (0 | 1)[]): number {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  let hits = 0;
  let sum = 0;
  order.forEach((index, rank) => {
    if (labels[index] !== 1) return;
    hits += 1;
    sum += hits / (rank + 1);
  });
  return hits === 0 ? 0 : sum / hits;
}

/** The threshold that maximises F1 on the given (tuning) set: midway between two adjacent distinct scores. */
export function bestThreshold(scores: readonly number[], labels: readonly (0 | 1)[]): number {
  const distinct = [...new Set(scores)].sort((a, b) => a - b);
  let best = { threshold: 0.5, f1: -1 };
  for (let i = 0; i < distinct.length; i += 1) {
    const threshold = i === 0 ? distinct[0]! : (distinct[i - 1]! + distinct[i]!) / 2;
    const { f1 } = evaluateAtThreshold(scores, labels, threshold);
    if (f1 > best.f1) best = { threshold, f1 };
  }
  return best.threshold;
}
