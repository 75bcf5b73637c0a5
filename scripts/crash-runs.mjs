#!/usr/bin/env node
// `npm run test:crash`: the crash-safety test (e2e/crash) with more kill
// points than `npm test` gives it: CRASH_RUNS (default 20) on SQLite, then
// as many on PostgreSQL (a throwaway cluster, or the server TEST_POSTGRES_URL
// names). Prints how many runs lost nothing; the details are in
// test-results/crash-runs-<database>.json.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./lib/env.mjs";
import { freePort } from "./lib/free-port.mjs";
import { findPostgresBin, startThrowawayCluster } from "./lib/postgres-cluster.mjs";

const runs = process.env.CRASH_RUNS ?? "20";
const resultFile = (provider) => path.join(projectRoot, "test-results", `crash-runs-${provider}.json`);

function pass(provider, extraEnv) {
  rmSync(resultFile(provider), { force: true });
  const { status } = spawnSync(process.execPath, ["scripts/test.mjs", "e2e", "e2e/crash"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, CRASH_RUNS: runs, E2E_SHARDS: "1", ...extraEnv },
  });
  return status === 0;
}

const lines = [];
let ok = pass("sqlite", {});
let cluster = null;
if (process.env.TEST_POSTGRES_URL || findPostgresBin()) {
  cluster = process.env.TEST_POSTGRES_URL
    ? { url: process.env.TEST_POSTGRES_URL, stop() {} }
    : startThrowawayCluster({ port: await freePort() });
  try {
    ok = pass("postgresql", { E2E_POSTGRES_ADMIN_URL: cluster.url, E2E_SKIP_BUILD: "1" }) && ok;
  } finally {
    cluster.stop();
  }
} else {
  lines.push("postgresql: skipped (PostgreSQL is not installed; set TEST_POSTGRES_URL)");
}
for (const provider of ["sqlite", "postgresql"]) {
  if (!existsSync(resultFile(provider))) continue;
  const { runs: done, lostNothing, results } = JSON.parse(readFileSync(resultFile(provider), "utf8"));
  const acked = results.reduce((sum, result) => sum + result.acked, 0);
  const committed = results.reduce((sum, result) => sum + result.committedUnacknowledged, 0);
  const inFlight = results.reduce((sum, result) => sum + result.inFlight, 0);
  lines.push(
    `${provider}: ${lostNothing} of ${done} runs lost nothing (${acked} acknowledged writes; ${committed} of ${inFlight} unanswered writes had committed)`,
  );
}
console.log(`\n${lines.join("\n")}`);
process.exit(ok ? 0 : 1);
