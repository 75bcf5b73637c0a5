/*
 * Myers' greedy diff over sequences of interned ids (paragraphs or tokens,
 * see text-diff.ts). Comparing small integers instead of strings keeps the
 * inner loop cheap. Its cost is O((N+M)·D) in the worst case but close to
 * D² + N + M in practice, where D (items inserted plus deleted) is small for
 * the edits an article goes through.
 *
 * Backtracking keeps one copy of the frontier per step, O(D²) memory. Linear
 * space variants (divide and conquer on the middle snake) exist, but the step
 * budget bounds D² anyway (every frontier copy is charged to it), so the
 * simpler version is enough.
 */

/** items a[aStart, aStart+length) equal items b[bStart, bStart+length). */
export interface EqualRun {
  aStart: number;
  bStart: number;
  length: number;
}

/**
 * Work left for one or more diffs: comparisons plus frontier cells copied.
 * Shared by every diff of one text, so a pathological edit costs a bounded
 * time in total rather than per paragraph.
 */
export interface StepBudget {
  steps: number;
}

/**
 * The equal runs of a shortest edit script from `a` to `b`, in order, or null
 * when finding it would overdraw `budget` (the caller then treats the
 * sequences as wholly replaced). A common head and tail cost nothing extra.
 */
export function diffSequences(a: Int32Array, b: Int32Array, budget: StepBudget): EqualRun[] | null {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail += 1;
  }
  budget.steps -= head + tail;

  const middle = diffMiddle(a.subarray(head, a.length - tail), b.subarray(head, b.length - tail), budget);
  if (middle === null) return null;

  const runs: EqualRun[] = [];
  if (head > 0) runs.push({ aStart: 0, bStart: 0, length: head });
  for (const run of middle) {
    runs.push({ aStart: run.aStart + head, bStart: run.bStart + head, length: run.length });
  }
  if (tail > 0) runs.push({ aStart: a.length - tail, bStart: b.length - tail, length: tail });
  return runs;
}

function diffMiddle(a: Int32Array, b: Int32Array, budget: StepBudget): EqualRun[] | null {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [];
  // Step d copies 2d + 3 cells, so d cannot pass √steps before the budget runs out.
  const maxD = Math.min(n + m, Math.ceil(Math.sqrt(Math.max(0, budget.steps))) + 1);
  if (Math.abs(n - m) > maxD) return null;

  // v[k + offset] = furthest x reached on diagonal k = x - y.
  const offset = maxD + 1;
  const v = new Int32Array(2 * maxD + 3);
  // frontiers[d] = v over diagonals [-d-1, d+1] as it stood before step d.
  const frontiers: Int32Array[] = [];
  for (let d = 0; d <= maxD; d += 1) {
    frontiers.push(v.slice(offset - d - 1, offset + d + 2));
    let steps = 2 * d + 3;
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      const from = x;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      steps += 1 + x - from;
      v[offset + k] = x;
      if (x >= n && y >= m) {
        budget.steps -= steps;
        return backtrack(frontiers, n, m);
      }
    }
    budget.steps -= steps;
    if (budget.steps < 0) return null;
  }
  return null;
}

/** Walk the frontiers back from (n, m) to (0, 0), collecting the diagonal runs. */
function backtrack(frontiers: readonly Int32Array[], n: number, m: number): EqualRun[] {
  const runs: EqualRun[] = [];
  let x = n;
  let y = m;
  for (let d = frontiers.length - 1; d > 0; d -= 1) {
    const frontier = frontiers[d] ?? new Int32Array(0);
    const at = (k: number): number => frontier[k + d + 1] ?? 0;
    const k = x - y;
    const isDown = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = isDown ? k + 1 : k - 1;
    const previousX = at(previousK);
    // One insertion (down) or deletion (right), then a diagonal snake to (x, y).
    const snakeStart = isDown ? previousX : previousX + 1;
    pushRun(runs, snakeStart, y - (x - snakeStart), x - snakeStart);
    x = previousX;
    y = previousX - previousK;
  }
  pushRun(runs, 0, 0, x);
  return runs.reverse();
}

function pushRun(runs: EqualRun[], aStart: number, bStart: number, length: number): void {
  if (length > 0) runs.push({ aStart, bStart, length });
}
