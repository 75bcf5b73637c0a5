/**
 * Levenshtein distance between `a` and `b` (UTF-16 code units), or
 * `limit + 1` as soon as it is known to exceed `limit`.
 *
 * Callers only ask "is it within the limit?", so we strip the common head
 * and tail first (an edited quote usually differs in one word, leaving a
 * handful of characters) and fill only the diagonal band |i - j| <= limit
 * (Ukkonen): O(limit × length) instead of O(length²).
 */
export function measureEditDistance(a: string, b: string, limit: number): number {
  const over = Math.max(0, Math.floor(limit)) + 1;
  let head = 0;
  while (head < a.length && head < b.length && a.charCodeAt(head) === b.charCodeAt(head)) head += 1;
  let aEnd = a.length;
  let bEnd = b.length;
  while (aEnd > head && bEnd > head && a.charCodeAt(aEnd - 1) === b.charCodeAt(bEnd - 1)) {
    aEnd -= 1;
    bEnd -= 1;
  }
  const n = aEnd - head;
  const m = bEnd - head;
  if (Math.abs(n - m) >= over) return over;
  if (n === 0 || m === 0) return Math.min(over, n + m);

  const band = over - 1;
  let previous = new Int32Array(m + 1).map((_, j) => Math.min(j, over));
  let current = new Int32Array(m + 1);
  for (let i = 1; i <= n; i += 1) {
    const from = Math.max(1, i - band);
    const to = Math.min(m, i + band);
    current[from - 1] = from === 1 ? Math.min(i, over) : over;
    let rowMin = current[from - 1] ?? over;
    const unit = a.charCodeAt(head + i - 1);
    for (let j = from; j <= to; j += 1) {
      const substitute = (previous[j - 1] ?? over) + (unit === b.charCodeAt(head + j - 1) ? 0 : 1);
      const value = Math.min(over, substitute, (previous[j] ?? over) + 1, (current[j - 1] ?? over) + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    // The next row reads one cell past this band; it must count as out of reach.
    if (to < m) current[to + 1] = over;
    if (rowMin >= over) return over;
    [previous, current] = [current, previous];
  }
  return previous[m] ?? over;
}

/**
 * Similarity from 0 to 1 between a saved string and the text found in its
 * place: 1 − edits / saved length. Empty saved text is 1: nothing to disagree
 * with.
 */
export function measureSimilarity(saved: string, found: string): number {
  if (saved.length === 0) return 1;
  return Math.max(0, 1 - measureEditDistance(saved, found, saved.length) / saved.length);
}
