import { solve } from "./linear-solve";

/**
 * A linear scorer trained listwise: for each training query, a softmax over its candidates should put its
 * mass on the gold claims (conditional logit; Newton's method, L2 on the weights). It optimises the order
 * within a query, which is what MAP@5 scores, rather than each candidate's probability on its own.
 * Features are standardised first; queries without a gold candidate carry no information and are skipped.
 */
export type ListwiseFit = { means: number[]; scales: number[]; weights: number[] };

export type CandidateList = { features: number[][]; gold: boolean[] };

export function fitListwise(lists: readonly CandidateList[], l2: number): ListwiseFit {
  const all = lists.flatMap((list) => list.features);
  const d = all[0]?.length ?? 0;
  const means = new Array<number>(d).fill(0);
  const scales = new Array<number>(d).fill(0);
  for (const row of all) row.forEach((value, j) => (means[j]! += value / all.length));
  for (const row of all) row.forEach((value, j) => (scales[j]! += (value - means[j]!) ** 2 / all.length));
  for (let j = 0; j < d; j += 1) scales[j] = Math.sqrt(scales[j]!) || 1;
  const usable = lists
    .filter((list) => list.gold.some(Boolean))
    .map((list) => ({
      x: list.features.map((row) => row.map((value, j) => (value - means[j]!) / scales[j]!)),
      gold: list.gold,
    }));
  const n = Math.max(1, usable.length);
  const loss = (weights: number[]) => {
    let total = (l2 / 2) * weights.reduce((sum, value) => sum + value * value, 0);
    for (const { x, gold } of usable) {
      const z = x.map((row) => row.reduce((sum, value, j) => sum + value * weights[j]!, 0));
      const top = Math.max(...z);
      const logTotal = Math.log(z.reduce((sum, value) => sum + Math.exp(value - top), 0)) + top;
      const goldCount = gold.filter(Boolean).length;
      z.forEach((value, i) => (total += gold[i] ? (logTotal - value) / goldCount / n : 0));
    }
    return total;
  };
  let w = new Array<number>(d).fill(0);
  let current = loss(w);
  for (let iteration = 0; iteration < 50; iteration += 1) {
    const gradient = w.map((value) => l2 * value);
    const hessian = Array.from({ length: d }, (_, a) =>
      Array.from({ length: d }, (_, b) => (a === b ? l2 : 0)),
    );
    for (const { x, gold } of usable) {
      const z = x.map((row) => row.reduce((sum, value, j) => sum + value * w[j]!, 0));
      const top = Math.max(...z);
      const e = z.map((value) => Math.exp(value - top));
      const total = e.reduce((sum, value) => sum + value, 0);
      const p = e.map((value) => value / total);
      const goldCount = gold.filter(Boolean).length;
      const mean = new Array<number>(d).fill(0);
      x.forEach((row, i) => row.forEach((value, j) => (mean[j]! += p[i]! * value)));
      // Target: the gold candidates share the mass equally.
      x.forEach((row, i) => {
        const target = gold[i] ? 1 / goldCount : 0;
        row.forEach((value, j) => (gradient[j]! += ((p[i]! - target) * value) / n));
      });
      x.forEach((row, i) => {
        for (let a = 0; a < d; a += 1) {
          const da = row[a]! - mean[a]!;
          for (let b = 0; b <= a; b += 1) hessian[a]![b]! += (p[i]! * da * (row[b]! - mean[b]!)) / n;
        }
      });
    }
    for (let a = 0; a < d; a += 1) for (let b = 0; b < a; b += 1) hessian[b]![a] = hessian[a]![b]!;
    const step = solve(hessian, gradient);
    // Backtracking: a full Newton step can overshoot while the softmax is far from its optimum.
    let size = 1;
    let next = w.map((value, j) => value - step[j]!);
    let nextLoss = loss(next);
    while (nextLoss > current && size > 1e-6) {
      size /= 2;
      next = w.map((value, j) => value - size * step[j]!);
      nextLoss = loss(next);
    }
    const improvement = current - nextLoss;
    if (nextLoss <= current) {
      w = next;
      current = nextLoss;
    }
    if (!(improvement > 1e-12)) break;
  }
  return { means, scales, weights: w };
}
