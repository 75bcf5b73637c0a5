import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { MatrixRun } from "./run-matrix";

export interface MatrixSummary {
  operations: number;
  /** Rows: an operation in one situation ("their own token", "someone else's token"). */
  rows: number;
  callers: string[];
  cells: number;
  /** Cells by what the table expects: "allowed", or the refusal status. */
  outcomes: Record<string, number>;
  refusedWritesChecked: number;
  /** How often the whole database was read and hashed (other checks saw no commit at all). */
  fullFingerprints: number;
  violations: MatrixRun["violations"];
  seconds: number;
  /** Seconds per phase: fresh accounts, fixtures, HTTP calls, response checks, fingerprints. */
  secondsBy: Record<string, number>;
}

/** The figures for the README, printed and written to test-results/permission-matrix.json. */
export function writeSummary(run: MatrixRun, rows: number, startedAt: number): MatrixSummary {
  const outcomes: Record<string, number> = {};
  for (const result of run.results) outcomes[result.outcome] = (outcomes[result.outcome] ?? 0) + 1;
  const summary: MatrixSummary = {
    operations: new Set(run.results.map((result) => result.operationId)).size,
    rows,
    callers: run.callers.map((caller) => caller.name),
    cells: run.results.length,
    outcomes,
    refusedWritesChecked: run.refusedWritesChecked,
    fullFingerprints: run.watch.fullReads,
    violations: run.violations,
    seconds: Math.round((Date.now() - startedAt) / 100) / 10,
    secondsBy: Object.fromEntries(
      Object.entries(run.timings).map(([phase, ms]) => [phase, Math.round(ms / 100) / 10]),
    ),
  };
  const file = path.join(process.cwd(), "test-results", "permission-matrix.json");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  const byOutcome = Object.entries(outcomes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([outcome, count]) => `${outcome}: ${count}`)
    .join(", ");
  console.log(
    [
      `Permission matrix: ${summary.operations} operations (${rows} rows) × ${summary.callers.length} callers = ${summary.cells} cells`,
      `  by outcome: ${byOutcome}`,
      `  refused writes checked unchanged: ${summary.refusedWritesChecked} (${summary.fullFingerprints} full fingerprints)`,
      `  violations: ${summary.violations.length}; ${summary.seconds} s (${Object.entries(summary.secondsBy)
        .map(([phase, seconds]) => `${phase} ${seconds} s`)
        .join(", ")}); written to ${path.relative(process.cwd(), file)}`,
      ...summary.violations.map((v) => `  ✗ ${v.cell}: expected ${v.expected}, got ${v.got}. ${v.detail}`),
    ].join("\n"),
  );
  return summary;
}
