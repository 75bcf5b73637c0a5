/** A small deterministic generator (Park–Miller), so two runs build the same archive shape. */
export function seededRandom(seed: number): () => number {
  let state = (Math.abs(Math.floor(seed)) % 2147483646) + 1;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}
