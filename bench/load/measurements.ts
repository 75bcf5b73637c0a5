import type { Result } from "autocannon";

/*
 * Plain data in, plain data out: autocannon's result as one table row, the
 * row's ratio to the static asset measured just before it, and the Markdown
 * tables of bench/LOAD.md.
 */

export interface Measurement {
  requestsPerSecond: number;
  /** Milliseconds. */
  p50: number;
  p99: number;
  p999: number;
  requests: number;
  /** Responses outside 2xx, plus connection errors and timeouts: a run with many is not a fair number. */
  failures: number;
}

export interface ScenarioRow extends Measurement {
  scenario: string;
  connections: number;
  static: Measurement;
  /** This scenario's req/s over the static asset's in the same run. */
  ratioToStatic: number;
}

export interface LoadRun {
  /** Which database, how many instances, what data: the key a rerun replaces. */
  label: string;
  provider: "sqlite" | "postgresql";
  instances: number;
  data: "demo" | "archive";
  machine: string;
  ranAt: string;
  durationSeconds: number;
  staticAsset: string;
  note?: string;
  rows: ScenarioRow[];
}

export function toMeasurement(result: Result): Measurement {
  return {
    requestsPerSecond: result.requests.total / Math.max(result.duration, 1e-9),
    p50: result.latency.p50,
    p99: result.latency.p99,
    p999: result.latency.p99_9,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

export function toRow(
  scenario: string,
  connections: number,
  measured: Measurement,
  reference: Measurement,
): ScenarioRow {
  const ratioToStatic =
    reference.requestsPerSecond > 0 ? measured.requestsPerSecond / reference.requestsPerSecond : 0;
  return { scenario, connections, ...measured, static: reference, ratioToStatic };
}

/** `runs` with `run` in place of the earlier run of the same label. */
export function replaceRun(runs: readonly LoadRun[], run: LoadRun): LoadRun[] {
  return [...runs.filter((earlier) => earlier.label !== run.label), run];
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);

/** One Markdown section per run: a row per scenario and connection count. */
export function renderRuns(runs: readonly LoadRun[]): string {
  return runs
    .map((run) => {
      const lines = [
        `### ${run.label}`,
        "",
        `${run.provider === "sqlite" ? "SQLite" : "PostgreSQL"}, ${run.instances} instance${run.instances > 1 ? "s" : ""}, ${run.data === "archive" ? "the 10,000-article archive" : "demo data"}; ` +
          `${run.durationSeconds} s per measurement; ${run.machine}; ${run.ranAt}.${run.note ? ` ${run.note}` : ""}`,
        "",
        "| Scenario | Conn. | req/s | p50 ms | p99 ms | p99.9 ms | Static req/s | Ratio to static | Failed |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ...run.rows.map((row) =>
          row.requests === 0
            ? `| ${row.scenario} | ${row.connections} | no response in ${run.durationSeconds} s | | | | ` +
              `${fixed(row.static.requestsPerSecond)} | | ${row.failures} |`
            : `| ${row.scenario} | ${row.connections} | ${fixed(row.requestsPerSecond)} | ${row.p50} | ${row.p99} | ${row.p999} | ` +
              `${fixed(row.static.requestsPerSecond)} | ${fixed(row.ratioToStatic * 100, 2)} % | ${row.failures} |`,
        ),
      ];
      return lines.join("\n");
    })
    .join("\n\n");
}

/** `document` with the text between `<!-- name:start -->` and `<!-- name:end -->` replaced (appended when absent). */
export function replaceSection(document: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${body}\n${end}`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from === -1 || to === -1 || to < from) return `${document.trimEnd()}\n\n${block}\n`;
  return document.slice(0, from) + block + document.slice(to + end.length);
}
