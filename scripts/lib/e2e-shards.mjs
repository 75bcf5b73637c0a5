// Splits the e2e spec files into shards of about equal running time.
// Playwright's own --shard splits by test count, and our specs range from a
// second to over a minute, so its shards finished minutes apart. The times
// come from e2e/durations.json (seconds per spec file, written from a run's
// reports by `node scripts/e2e-durations.mjs`); a file it does not name yet
// counts as the median.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";

/** Every *.spec.ts under dir, as paths relative to it with "/" separators, sorted. */
export function specFiles(dir, ignore = () => false) {
  const found = [];
  const walk = (sub) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const relative = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith(".spec.ts") && !ignore(relative)) found.push(relative);
    }
  };
  walk("");
  return found.sort();
}

/** Seconds per spec file from a durations file; {} when it is missing or unreadable. */
export function readDurations(file) {
  if (!existsSync(file)) return {};
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8"));
    return parsed && typeof parsed === "object" ? parsed : {};
  } catch {
    return {};
  }
}

/**
 * Longest first, each file to the shard with the least time so far (ties to
 * the lower shard). Deterministic: the same inputs give the same shards.
 */
export function planShards(files, durations, shards) {
  const known = files.map((f) => durations[f]).filter((s) => typeof s === "number" && s >= 0);
  const sorted = [...known].sort((a, b) => a - b);
  const fallback = sorted.length ? sorted[Math.floor(sorted.length / 2)] : 1;
  const weight = (f) => (typeof durations[f] === "number" && durations[f] >= 0 ? durations[f] : fallback);
  const plan = Array.from({ length: Math.max(1, shards) }, () => ({ files: [], seconds: 0 }));
  const order = [...files].sort((a, b) => weight(b) - weight(a) || a.localeCompare(b));
  for (const file of order) {
    const lightest = plan.reduce((best, shard, i) => (shard.seconds < plan[best].seconds ? i : best), 0);
    plan[lightest].files.push(file);
    plan[lightest].seconds += weight(file);
  }
  for (const shard of plan) shard.files.sort();
  return plan;
}

/** Seconds per spec file from Playwright JSON reports (tests summed per file). */
export function durationsFromReports(reports) {
  const totals = {};
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        for (const result of t.results ?? []) {
          totals[spec.file] = (totals[spec.file] ?? 0) + (result.duration ?? 0) / 1000;
        }
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const report of reports) for (const suite of report.suites ?? []) visit(suite);
  return Object.fromEntries(
    Object.entries(totals)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([file, seconds]) => [file, Math.round(seconds * 10) / 10]),
  );
}
