// `npm run bench:load`: the production build under load, over loopback, on a
// throwaway database. Reports req/s and latency percentiles per scenario at
// 1, 10 and 50 connections, each next to a static asset of the same build
// measured just before it (the ratio factors out the machine), into
// bench/load-results.json and bench/LOAD.md.
// Usage: npm run bench:load -- [--postgres URL] [--instances 2] [--archive]
//          [--duration 5] [--connections 1,10,50] [--profile] [--note "…"]
//   --postgres URL  a PostgreSQL server; a fresh database is made on it and dropped after
//   --instances N   N servers on one PostgreSQL database, connections spread over them
//   --archive       bench:seed's 10,000 articles as well as the demo data
//   --profile       instead of the tables: a CPU profile of the article page at 1 connection
//   --roles         instead of the tables: the article page's time per role, ÷ the viewer's (roles.ts)
//   --busy          instead of the tables: a 1,000-claim article page's time and size (busy-article.ts)
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import * as prettier from "prettier";
import { demoUsers } from "@/lib/auth/demo-accounts";
import { projectRoot } from "@/scripts/lib/env.mjs";
import { renderProfile, summarizeProfile, type CpuProfile } from "./cpu-profile";
import { createThrowawayDatabase, runBenchSeed } from "./database";
import { loadFixtures, loadWriteTargets } from "./fixtures";
import {
  replaceRun,
  replaceSection,
  renderRuns,
  toMeasurement,
  toRow,
  type LoadRun,
  type ScenarioRow,
} from "./measurements";
import { measureBusyArticle } from "./busy-article";
import { measureRoles } from "./roles";
import { floorScenarios, readScenarios, verdictScenario, type Scenario } from "./scenarios";
import { renderStatements, summarizeStatements, type StatementEntry } from "./statements";
import { ensureBuild, newAuthSecret, startInstance, type AppInstance } from "./server";
import { createToken, findStaticAsset, signIn } from "./session";

const { values } = parseArgs({
  options: {
    postgres: { type: "string" },
    instances: { type: "string", default: "1" },
    archive: { type: "boolean", default: false },
    duration: { type: "string", default: "5" },
    connections: { type: "string", default: "1,10,50" },
    profile: { type: "boolean", default: false },
    note: { type: "string" },
    roles: { type: "boolean", default: false },
    busy: { type: "boolean", default: false },
  },
});
const instances = Number(values.instances);
const duration = Number(values.duration);
const connectionCounts = values.connections.split(",").map(Number);
if (instances > 1 && !values.postgres)
  throw new Error("--instances above 1 needs --postgres (one SQLite file has one writer process).");
const provider = values.postgres ? "postgresql" : "sqlite";
const data = values.archive ? "archive" : "demo";
const label = `${provider === "sqlite" ? "SQLite" : "PostgreSQL"}, ${instances} instance${instances > 1 ? "s" : ""}, ${data}`;
const resultsFile = path.join(projectRoot, "bench/load-results.json");
const reportFile = path.join(projectRoot, "bench/LOAD.md");
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}`;
/**
 * Write targets for demo data, seeded only once the reads are measured: a
 * reviewer's queue lists every claim waiting for a verdict, so they would
 * weigh on every page view.
 */
const DEMO_TARGETS = ["--articles", "100", "--claims", "3000", "--unreviewed", "--migrated"];

const started = Date.now();
ensureBuild();
console.log(`bench:load: ${label}`);
const database = await createThrowawayDatabase(values.postgres);
const servers: AppInstance[] = [];
const profileDir = values.profile ? mkdtempSync(path.join(os.tmpdir(), "factcheck-profile-")) : null;
try {
  if (values.archive) runBenchSeed(database.url, database.dataDir, []);
  if (values.busy) {
    console.log(await measureBusyArticle(database));
  } else if (values.roles) {
    console.log(`Article page, one request at a time, per role (${label}):\n${await measureRoles(database)}`);
  } else {
    const fixtures = await loadFixtures(database.url);
    const authSecret = newAuthSecret();
    const preload = path.join(projectRoot, "bench/load/count-statements.cjs");
    for (let i = 0; i < (values.profile ? 1 : instances); i += 1) {
      servers.push(
        await startInstance({
          databaseUrl: database.url,
          dataDir: database.dataDir,
          authSecret,
          nodeArgs: profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, "--require", preload] : [],
          env: profileDir ? { BENCH_STATEMENT_LOG: path.join(profileDir, "statements.json") } : undefined,
        }),
      );
    }
    const reviewer = demoUsers.find((user) => user.key === "reviewer")!;
    const base = servers[0]!.url;
    const cookie = await signIn(base, reviewer.email, reviewer.password);
    const credentials = { cookie, token: await createToken(base, cookie) };
    const reads = readScenarios(fixtures, credentials);
    const staticAsset = await findStaticAsset(base, `/articles/${fixtures.articleId}`, cookie);
    const reference: Scenario = {
      name: "Static asset",
      headers: {},
      requests: [{ method: "GET", path: staticAsset }],
    };
    const urls = servers.map((server) => server.url);
    const load = async (scenario: Scenario, connections: number, seconds: number) => {
      const result = await autocannon({
        url: urls,
        connections,
        duration: seconds,
        headers: scenario.headers,
        requests: scenario.requests,
      });
      await settle(urls, staticAsset);
      return result;
    };
    const measure = async (scenarios: Scenario[], rows: ScenarioRow[]) => {
      for (const scenario of scenarios) await load(scenario, 10, 2);
      for (const scenario of scenarios) {
        for (const connections of connectionCounts) {
          const staticRun = toMeasurement(await load(reference, connections, duration));
          const row = toRow(
            scenario.name,
            connections,
            toMeasurement(await load(scenario, connections, duration)),
            staticRun,
          );
          rows.push(row);
          console.log(
            `  ${scenario.name} @${connections}: ${row.requestsPerSecond.toFixed(1)} req/s, p50 ${row.p50} ms, ` +
              `p99 ${row.p99} ms, p99.9 ${row.p999} ms; static ${staticRun.requestsPerSecond.toFixed(0)} req/s, ` +
              `ratio ${(row.ratioToStatic * 100).toFixed(2)} %${row.failures ? `; ${row.failures} failed` : ""}`,
          );
          // Nothing answered in time: more connections would only queue more work that blocks the rest.
          if (row.requests === 0) break;
        }
      }
    };
    console.log("Warming up…");
    await load(reference, 10, 2);

    if (profileDir) {
      const page = reads[0]!;
      await load(page, 10, 2);
      const from = Number(process.hrtime.bigint() / 1000n);
      const result = await load(page, 1, duration * 2);
      const to = Number(process.hrtime.bigint() / 1000n);
      await servers.splice(0)[0]!.stop();
      const file = readdirSync(profileDir).find((name) => name.endsWith(".cpuprofile"));
      if (!file) throw new Error("The server wrote no CPU profile");
      const profile = JSON.parse(readFileSync(path.join(profileDir, file), "utf8")) as CpuProfile;
      const statements = JSON.parse(
        readFileSync(path.join(profileDir, "statements.json"), "utf8"),
      ) as StatementEntry[];
      const context =
        `${page.name}, ${label}, 1 connection for ${duration * 2} s: p50 ${result.latency.p50} ms, ` +
        `${(result.requests.total / result.duration).toFixed(1)} req/s, ${machine}, ${new Date().toISOString().slice(0, 16)} UTC;`;
      const markdown = [
        renderProfile(summarizeProfile(profile, { from, to }, result.requests.total), context),
        renderStatements(summarizeStatements(statements, { from, to }, result.requests.total)),
      ].join("\n\n");
      console.log(markdown);
      await writeSection(`profile ${provider} ${data}`, markdown);
    } else {
      const rows: ScenarioRow[] = [];
      await measure([...floorScenarios(credentials), ...reads], rows);
      if (!values.archive) runBenchSeed(database.url, database.dataDir, DEMO_TARGETS);
      const targets = await loadWriteTargets(database.url, fixtures);
      console.log(`${targets.length.toLocaleString("en")} claims to write verdicts on`);
      await measure([verdictScenario(fixtures, targets, credentials)], rows);
      const run: LoadRun = {
        label,
        provider,
        instances,
        data,
        machine,
        ranAt: `${new Date().toISOString().slice(0, 16)} UTC`,
        durationSeconds: duration,
        staticAsset,
        ...(values.note ? { note: values.note } : {}),
        rows,
      };
      const earlier: LoadRun[] = existsSync(resultsFile)
        ? JSON.parse(readFileSync(resultsFile, "utf8")).runs
        : [];
      const runs = replaceRun(earlier, run);
      await writeFormatted(resultsFile, JSON.stringify({ runs }));
      await writeSection("load-results", renderRuns(runs));
    }
  }
  console.log(`bench:load done in ${Math.round((Date.now() - started) / 1000)} s.`);
} finally {
  for (const server of servers) await server.stop();
  await database.dispose();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
}

/**
 * Waits until every server answers the static asset again: requests still
 * queued from a measurement (a slow page keeps working after autocannon
 * hangs up) must not eat into the next one.
 */
async function settle(urls: readonly string[], asset: string): Promise<void> {
  for (const url of urls) {
    const deadline = Date.now() + 300_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${url}${asset}`, { signal: AbortSignal.timeout(10_000) })).ok) break;
      } catch {
        // Still busy (or gone: then the next measurement shows it).
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

async function writeSection(name: string, body: string): Promise<void> {
  const document = existsSync(reportFile) ? readFileSync(reportFile, "utf8") : "# Load benchmark\n";
  await writeFormatted(reportFile, replaceSection(document, name, body));
}

/** Written as `npm run format` would leave it, so `npm run lint` stays clean. */
async function writeFormatted(file: string, text: string): Promise<void> {
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
}
