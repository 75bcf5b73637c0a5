/** One statement as bench/load/count-statements.cjs logs it: start and duration in µs, kind, SQL. */
export type StatementEntry = [start: number, duration: number, kind: "prepare" | "execute", sql: string];

export interface StatementSummary {
  executedPerRequest: number;
  preparedPerRequest: number;
  prepareMsPerRequest: number;
  executeMsPerRequest: number;
  /** The statements run most per request, by their SQL's first words. */
  top: Array<{ sql: string; perRequest: number; msPerRequest: number }>;
}

/** What the statements inside `window` cost per request. */
export function summarizeStatements(
  entries: readonly StatementEntry[],
  window: { from: number; to: number },
  requests: number,
): StatementSummary {
  const inside = entries.filter(([start]) => start >= window.from && start <= window.to);
  const per = (value: number) => value / Math.max(1, requests);
  const sum = (kind: string) =>
    inside.filter(([, , k]) => k === kind).reduce((total, [, duration]) => total + duration, 0);
  const bySql = new Map<string, { count: number; micros: number }>();
  for (const [, duration, kind, sql] of inside) {
    if (kind !== "execute") continue;
    const key = sql.replace(/\s+/g, " ").slice(0, 110);
    const entry = bySql.get(key) ?? { count: 0, micros: 0 };
    entry.count += 1;
    entry.micros += duration;
    bySql.set(key, entry);
  }
  return {
    executedPerRequest: per(inside.filter(([, , kind]) => kind === "execute").length),
    preparedPerRequest: per(inside.filter(([, , kind]) => kind === "prepare").length),
    prepareMsPerRequest: per(sum("prepare")) / 1000,
    executeMsPerRequest: per(sum("execute")) / 1000,
    top: [...bySql.entries()]
      .map(([sql, { count, micros }]) => ({ sql, perRequest: per(count), msPerRequest: per(micros) / 1000 }))
      .sort((a, b) => b.msPerRequest - a.msPerRequest)
      .slice(0, 20),
  };
}

export function renderStatements(summary: StatementSummary): string {
  const fixed = (value: number) => value.toFixed(2);
  return [
    `SQL per request, counted at the driver: ${fixed(summary.executedPerRequest)} statements executed ` +
      `(${fixed(summary.executeMsPerRequest)} ms), ${fixed(summary.preparedPerRequest)} prepared (${fixed(summary.prepareMsPerRequest)} ms).`,
    "",
    "| Statement (start) | per request | ms per request |",
    "| --- | ---: | ---: |",
    ...summary.top.map(
      ({ sql, perRequest, msPerRequest }) =>
        `| \`${sql.replace(/\|/g, "\\|").replace(/`/g, "'")}\` | ${fixed(perRequest)} | ${fixed(msPerRequest)} |`,
    ),
  ].join("\n");
}
