#!/usr/bin/env node
// `npm test`: type check, lint, unit and integration tests, then e2e tests
// in Chromium against a production build on a free port with a throwaway
// database. The integration tests and the API e2e tests run a second time
// on PostgreSQL: a throwaway cluster (scripts/lib/postgres-cluster.mjs), or
// the server TEST_POSTGRES_URL names (its admin database). The browser suite
// runs once, on SQLite. `npm run test:e2e` runs only the e2e part (on
// SQLite). Ends with one line, "N passed, N failed", totalling every suite.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { findChromium, missingBrowserMessage } from "./lib/browser.mjs";
import { databaseUrl, projectRoot, toolEnv } from "./lib/env.mjs";
import { findPostgresBin, startThrowawayCluster } from "./lib/postgres-cluster.mjs";
import { freePort } from "./lib/free-port.mjs";
import { planShards, readDurations, specFiles } from "./lib/e2e-shards.mjs";

// `node scripts/test.mjs e2e [playwright args…]` runs only the e2e part, passing
// the rest to Playwright (a file, -g pattern). E2E_SKIP_BUILD=1 reuses the last build.
// E2E_DIST_DIR (default .next-test) lets two checkouts' runs build side by side.
const only = process.argv[2];
const playwrightArgs = only === "e2e" ? process.argv.slice(3) : [];
const resultsDir = path.join(projectRoot, "test-results");
const bin = (name) => path.join(projectRoot, "node_modules", ".bin", name);
const tally = { passed: 0, failed: 0 };
const summary = [];

const browser = findChromium();
if (!browser) {
  console.error(missingBrowserMessage);
  process.exit(1);
}

function run(label, command, args, env = process.env) {
  console.log(`\n━━ ${label}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { cwd: projectRoot, stdio: "inherit", env });
  console.log(
    `━━ ${label}: ${status === 0 ? "ok" : "FAILED"} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  return status === 0;
}

/**
 * Steps that are one check each (they pass or fail as a whole), run at once:
 * each is single-threaded, so two use both cores. Each one's output is
 * printed whole when it ends, so the two never interleave.
 */
async function checks(steps) {
  const results = await Promise.all(
    steps.map(
      ([label, command, args]) =>
        new Promise((resolve) => {
          const started = Date.now();
          const child = spawn(command, args, { cwd: projectRoot, stdio: ["ignore", "pipe", "pipe"] });
          const output = [];
          child.stdout.on("data", (chunk) => output.push(chunk));
          child.stderr.on("data", (chunk) => output.push(chunk));
          child.on("close", (code) => {
            const ok = code === 0;
            console.log(`\n━━ ${label}`);
            process.stdout.write(Buffer.concat(output));
            console.log(
              `━━ ${label}: ${ok ? "ok" : "FAILED"} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
            );
            resolve({ label, ok });
          });
        }),
    ),
  );
  for (const { label, ok } of results) {
    tally[ok ? "passed" : "failed"] += 1;
    summary.push(`${label}: ${ok ? "passed" : "failed"}`);
  }
}

/** A suite whose JSON report gives per-test counts. */
function suite(label, command, args, reportFile, count, env) {
  rmSync(reportFile, { force: true });
  const ok = run(label, command, args, env);
  let counts = { passed: 0, failed: ok ? 0 : 1 };
  if (existsSync(reportFile)) counts = count(JSON.parse(readFileSync(reportFile, "utf8")));
  if (!ok && counts.failed === 0) counts.failed = 1; // the runner failed outside any test
  tally.passed += counts.passed;
  tally.failed += counts.failed;
  summary.push(`${label}: ${counts.passed} passed, ${counts.failed} failed`);
}

mkdirSync(resultsDir, { recursive: true });
const env = { ...toolEnv(), CHROMIUM_PATH: browser };

/** The PostgreSQL server for the second pass, or null (with a failed check saying why). */
async function postgresServer() {
  if (process.env.TEST_POSTGRES_URL) return { url: process.env.TEST_POSTGRES_URL, stop() {} };
  if (!findPostgresBin()) {
    tally.failed += 1;
    summary.push("PostgreSQL: failed (not installed: apt-get install postgresql, or set TEST_POSTGRES_URL)");
    return null;
  }
  console.log("\n━━ Starting a throwaway PostgreSQL cluster");
  return startThrowawayCluster({ port: await freePort() });
}
const postgres = only ? null : await postgresServer();
process.on("exit", () => postgres?.stop());

if (!only) {
  await checks([
    ["Type check", bin("tsc"), ["--noEmit"]],
    ["Lint", "npm", ["run", "--silent", "lint"]],
  ]);
  const unitReport = path.join(resultsDir, "unit.json");
  suite(
    "Unit and integration tests (Vitest)",
    bin("vitest"),
    ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${unitReport}`],
    unitReport,
    (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }),
    env,
  );
  if (postgres) {
    const pgReport = path.join(resultsDir, "integration-postgresql.json");
    suite(
      "Integration tests on PostgreSQL (Vitest)",
      bin("vitest"),
      ["run", "int.test", "--reporter=default", "--reporter=json", `--outputFile.json=${pgReport}`],
      pgReport,
      (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }),
      { ...env, TEST_POSTGRES_URL: postgres.url },
    );
  }
}

const distDir = process.env.E2E_DIST_DIR || ".next-test";
if (!only || only === "e2e") {
  const built =
    (process.env.E2E_SKIP_BUILD === "1" && existsSync(path.join(projectRoot, distDir, "BUILD_ID"))) ||
    run("Production build for e2e", bin("next"), ["build"], {
      ...env,
      NEXT_DIST_DIR: distDir,
      // The full run type-checked already; `test:e2e` alone lets Next do it (unless told not to).
      NEXT_SKIP_TYPECHECK: process.env.NEXT_SKIP_TYPECHECK ?? (only ? "" : "1"),
    });
  if (!built) {
    tally.failed += 1;
    summary.push("e2e build: failed");
  } else {
    await e2eShards(distDir);
  }
}

/**
 * The e2e specs in E2E_SHARDS shards (default 2) at once, each with its own
 * production server and throwaway database, so tests in one shard never see
 * another's data; within a shard they run one at a time (SQLite has one
 * writer). A whole run gives each shard spec files of about equal time, by
 * e2e/durations.json (`node scripts/e2e-durations.mjs` rewrites it from the
 * last run). Output lines carry their shard's number. Then, with PostgreSQL,
 * the API, multi-instance and crash specs once more on a PostgreSQL
 * database of their own.
 */
async function e2eShards(distDir) {
  const label = "End-to-end tests (Playwright, Chromium)";
  const shards = Math.max(1, Number(process.env.E2E_SHARDS ?? 2) || 1);
  const suffix = distDir.replace(/^\.next-test/, "").replace(/\W/g, "-");
  console.log(`\n━━ ${label}, ${shards} ${shards === 1 ? "shard" : "shards"}`);
  let started = Date.now();
  // A whole run splits its files by their recorded times; a chosen subset uses Playwright's --shard.
  const plan =
    shards > 1 && playwrightArgs.length === 0
      ? planShards(
          specFiles(path.join(projectRoot, "e2e"), (file) => file.startsWith("instances/")),
          readDurations(path.join(projectRoot, "e2e", "durations.json")),
          shards,
        )
      : null;
  const anchored = (file) => `e2e/${file}`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "$";
  const runs = [];
  for (let shard = 1; shard <= shards; shard += 1) {
    const selection = plan
      ? plan[shard - 1].files.map(anchored)
      : [...(shards > 1 ? [`--shard=${shard}/${shards}`] : []), ...playwrightArgs];
    if (plan)
      console.log(
        `[${shard}/${shards}] ${plan[shard - 1].files.length} spec files, about ${Math.round(plan[shard - 1].seconds)} s`,
      );
    if (plan && selection.length === 0) continue;
    runs.push(
      playwright({
        distDir,
        name: `${suffix}${shards > 1 ? `-shard${shard}` : ""}`,
        outputSuffix: shards > 1 ? `-shard${shard}` : "",
        prefix: shards > 1 ? `[${shard}/${shards}] ` : "",
        args: ["test", ...selection],
      }),
    );
  }
  finish(label, started, await Promise.all(runs));
  if (!postgres) return;
  const pgLabel = "API, multi-instance and crash e2e tests on PostgreSQL (Playwright)";
  console.log(`\n━━ ${pgLabel}`);
  started = Date.now();
  const name = `e2e_${process.pid}`;
  const admin = new URL(postgres.url);
  const pgClient = await import("pg");
  const client = new pgClient.default.Client({ connectionString: postgres.url });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  admin.pathname = `/${name}`;
  const result = await playwright({
    distDir,
    name: `${suffix}-postgresql`,
    outputSuffix: "-postgresql",
    prefix: "[pg] ",
    args: ["test", "e2e/api", "e2e/instances", "e2e/crash"],
    extraEnv: { DATABASE_URL: admin.toString(), E2E_POSTGRES_ADMIN_URL: postgres.url },
  });
  finish(pgLabel, started, [result]);
}

/** One Playwright run with its own server, data folder and report; resolves to its counts. */
async function playwright({ distDir, name, outputSuffix, prefix, args, extraEnv = {} }) {
  const report = path.join(resultsDir, `e2e${name}.json`);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "factcheck-e2e-"));
  rmSync(report, { force: true });
  const child = spawn(bin("playwright"), args, {
    cwd: projectRoot,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...env,
      E2E_PORT: String(await freePort()),
      E2E_REPORT: report,
      E2E_DATA_DIR: dataDir,
      E2E_DIST_DIR: distDir,
      E2E_OUTPUT_SUFFIX: outputSuffix,
      DATABASE_URL: databaseUrl({ DATA_DIR: dataDir }),
      ...extraEnv,
    },
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on("line", (line) => console.log(`${prefix}${line}`));
  }
  const code = await new Promise((resolve) => child.on("close", resolve));
  rmSync(dataDir, { recursive: true, force: true });
  const r = existsSync(report) ? JSON.parse(readFileSync(report, "utf8")) : null;
  const counts = r
    ? { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected }
    : { passed: 0, failed: 1 };
  if (code !== 0 && counts.failed === 0) counts.failed = 1; // failed outside any test
  return counts;
}

function finish(label, started, results) {
  const counts = results.reduce(
    (sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed }),
    {
      passed: 0,
      failed: 0,
    },
  );
  console.log(
    `━━ ${label}: ${counts.failed === 0 ? "ok" : "FAILED"} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  tally.passed += counts.passed;
  tally.failed += counts.failed;
  summary.push(`${label}: ${counts.passed} passed, ${counts.failed} failed`);
}

console.log(`\n${summary.join("\n")}`);
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed === 0 ? 0 : 1);
