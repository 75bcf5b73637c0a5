/*
 * Work an instance does after answering, one task at a time, so a request
 * never waits for it (finding a new claim's "Checked before?" matches). It
 * is in memory: work lost with the process must be found again by whoever
 * reads its result (a missing or stale result is redone on read).
 */

let queue: Promise<void> = Promise.resolve();

/** Runs `task` after the current request's work, after every task queued before it. A failure is logged, never thrown. */
export function runInBackground(what: string, task: () => Promise<unknown>): void {
  queue = queue
    .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
    .then(task)
    .then(
      () => undefined,
      (error: unknown) => console.error(`In the background: ${what} failed.`, error),
    );
}

/** Resolves once every task queued so far has run: tests wait for it before their database goes. */
export function backgroundWorkSettled(): Promise<void> {
  return queue;
}
