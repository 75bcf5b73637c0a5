#!/usr/bin/env node
// Writes e2e/durations.json, which `npm test` uses to give its e2e shards
// equal running time, from the SQLite shards' reports of the last full run
// (test-results/e2e*-shard*.json). Run it when the shards drift apart.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { durationsFromReports } from "./lib/e2e-shards.mjs";
import { projectRoot } from "./lib/env.mjs";

const results = path.join(projectRoot, "test-results");
const reports = readdirSync(results)
  .filter((name) => /^e2e.*-shard\d+\.json$/.test(name))
  .map((name) => JSON.parse(readFileSync(path.join(results, name), "utf8")));
if (reports.length === 0) {
  console.error("No shard reports in test-results/: run `npm test` (or `npm run test:e2e`) first.");
  process.exit(1);
}
const durations = durationsFromReports(reports);
writeFileSync(path.join(projectRoot, "e2e", "durations.json"), `${JSON.stringify(durations, null, 2)}\n`);
const total = Object.values(durations).reduce((a, b) => a + b, 0);
console.log(`e2e/durations.json: ${Object.keys(durations).length} spec files, ${Math.round(total)} s in all`);
