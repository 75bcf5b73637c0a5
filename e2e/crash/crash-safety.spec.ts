import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type PlaywrightWorkerArgs } from "@playwright/test";
import { runBurst, type BurstClients } from "../support/crash/burst";
import { crashDatabase } from "../support/crash/crash-database";
import { lostNothing, verifyRun, type RunResult } from "../support/crash/verify-run";
import { demoUser, type DemoRole } from "../support/demo";
import { signInOverHttp } from "../support/http-session";
import { spawnServer, type SpawnedServer } from "../support/spawn-server";

// A burst of concurrent API writes, the server SIGKILLed in the middle of it,
// a restart, and a check of everything the clients were told. CRASH_RUNS
// kill points (default 3 here; `npm run test:crash` runs 20 per database).
// On SQLite, and on PostgreSQL in `npm test`'s PostgreSQL pass.
const runs = Math.max(1, Number(process.env.CRASH_RUNS ?? 3) || 3);
const LANES = 4;
test.describe.configure({ timeout: 120_000 + runs * 60_000 });

/** Run n's kill point: after 6 to 75 acknowledged writes, plus 0 to 24 ms, spread over the runs. */
const killPointOf = (run: number) => ({ afterAcks: 6 + ((run * 37) % 70), delayMs: (run * 13) % 25 });

async function tokensFor(playwright: PlaywrightWorkerArgs["playwright"], url: string) {
  const token = async (role: DemoRole) => {
    const http = await signInOverHttp(playwright, url, demoUser(role));
    const response = await http.post("/api/v1/tokens", { data: { name: "crash test" } });
    expect(response.status()).toBe(201);
    const { secret } = (await response.json()) as { secret: string };
    await http.dispose();
    return secret;
  };
  return {
    editor: await token("editor"),
    reviewer: await token("reviewer"),
    reviewer2: await token("reviewer2"),
  };
}

test("SIGKILL in the middle of a write burst loses no acknowledged write and half-writes nothing", async ({
  playwright,
}) => {
  const database = await crashDatabase();
  const start = () =>
    spawnServer({
      dataDir: database.dataDir,
      killable: true,
      env: { ...database.serverEnv, API_RATE_LIMIT_PER_MINUTE: "100000" },
    });
  let server: SpawnedServer | undefined;
  const results: RunResult[] = [];
  try {
    server = await start();
    expect(server.ready, server.stderr()).toBe(true);
    const tokens = await tokensFor(playwright, server.url);
    const stamp = Date.now().toString(36);
    for (let run = 1; run <= runs; run += 1) {
      const { afterAcks, delayMs } = killPointOf(run);
      const runName = `${stamp}-run${run}`;
      const live: SpawnedServer = server;
      let killing: Promise<void> | undefined;
      const clients: BurstClients = { baseUrl: live.url, ...tokens };
      const ledger = await runBurst(clients, {
        lanes: LANES,
        runName,
        onAck: (count) => {
          if (count >= afterAcks && !killing)
            killing = new Promise((resolve) => setTimeout(resolve, delayMs)).then(() => live.kill());
        },
      });
      await killing;
      expect(killing, `run ${run}: the burst ended before its kill point`).toBeDefined();
      server = await start();
      expect(server.ready, `run ${run}: the server did not come back\n${server.stderr()}`).toBe(true);
      const result = await verifyRun(database, ledger, { run, runName, killAfter: afterAcks });
      // The restarted app serves what was written: each run article's claims, as the database has them.
      for (const { id, claims } of await database.query<{ id: string; claims: number }>(
        `SELECT a."id", (SELECT COUNT(*) FROM "Claim" c WHERE c."articleId" = a."id") AS claims FROM "Article" a WHERE a."title" LIKE 'Crash ${runName}-%'`,
      )) {
        const response = await fetch(`${server.url}/api/v1/articles/${id}/claims`, {
          headers: { Authorization: `Bearer ${tokens.editor}` },
        });
        if (response.status !== 200)
          result.lost.push(`article ${id}: GET claims answered ${response.status}`);
        else {
          const body = (await response.json()) as { claims: unknown[] };
          if (body.claims.length !== Number(claims))
            result.lost.push(
              `article ${id}: the API lists ${body.claims.length} claims, the database has ${claims}`,
            );
        }
      }
      results.push(result);
    }
  } finally {
    await server?.stop();
    await database.dispose();
    const out = path.join(process.cwd(), "test-results", `crash-runs-${database.provider}.json`);
    mkdirSync(path.dirname(out), { recursive: true });
    const clean = results.filter(lostNothing).length;
    writeFileSync(
      out,
      `${JSON.stringify({ provider: database.provider, runs: results.length, lostNothing: clean, results }, null, 2)}\n`,
    );
    console.log(
      `Crash runs on ${database.provider}: ${clean} of ${results.length} lost nothing; ` +
        `${results.reduce((n, r) => n + r.acked, 0)} acknowledged writes, ` +
        `${results.reduce((n, r) => n + r.committedUnacknowledged, 0)} of ${results.reduce((n, r) => n + r.inFlight, 0)} in-flight writes committed.`,
    );
  }
  expect(results.filter((result) => !lostNothing(result))).toEqual([]);
  expect(results).toHaveLength(runs);
});
