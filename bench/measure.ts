/** Median and p95 wall time of `fn` over `runs` runs, after `warmups` warm-up runs. */
export function measure(fn: () => void, runs = 50, warmups = 5): { median: number; p95: number } {
  for (let i = 0; i < warmups; i += 1) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return summarize(times);
}

function summarize(times: number[]): { median: number; p95: number } {
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)] ?? 0,
    p95: times[Math.floor(times.length * 0.95)] ?? 0,
  };
}

export const ms = (value: number) => `${value.toFixed(2)} ms`;

/** `measure` for async work: runs one after another, never overlapping. */
export async function measureAsync(
  fn: () => Promise<unknown>,
  runs = 20,
  warmups = 2,
): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < warmups; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return summarize(times);
}
