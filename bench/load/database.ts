import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { prepareDatabase } from "@/scripts/lib/database.mjs";
import { projectRoot, toolEnv } from "@/scripts/lib/env.mjs";

export interface ThrowawayDatabase {
  url: string;
  /** The data folder (SQLite file, auth secret), deleted at the end. */
  dataDir: string;
  dispose(): Promise<void>;
}

/**
 * A fresh database for one load run: an SQLite file in a temporary folder,
 * or a new database on the PostgreSQL server `postgresUrl` names (dropped at
 * the end). Migrated, with the demo accounts and article (DEMO=1).
 */
export async function createThrowawayDatabase(postgresUrl: string | undefined): Promise<ThrowawayDatabase> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "factcheck-load-"));
  let url = `file:${path.join(dataDir, "app.db")}`;
  let drop = async () => {};
  if (postgresUrl) {
    const name = `bench_load_${randomBytes(4).toString("hex")}`;
    const admin = new URL(postgresUrl);
    await withClient(admin.toString(), (client) => client.query(`CREATE DATABASE ${name}`));
    const target = new URL(postgresUrl);
    target.pathname = `/${name}`;
    url = target.toString();
    drop = () =>
      withClient(admin.toString(), (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
  prepareDatabase(toolEnv({ ...process.env, DATA_DIR: dataDir, DATABASE_URL: url, DEMO: "1" }), {
    quiet: true,
  });
  return {
    url,
    dataDir,
    async dispose() {
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function withClient(url: string, run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

/** Runs bench:seed against `url` with `args`, its progress shown as it goes. */
export function runBenchSeed(url: string, dataDir: string, args: string[]): void {
  const result = spawnSync(
    process.execPath,
    [path.join(projectRoot, "node_modules/tsx/dist/cli.mjs"), "bench/seed/index.ts", ...args],
    {
      cwd: projectRoot,
      stdio: "inherit",
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: url, DEMO: "1" },
    },
  );
  if (result.status !== 0) throw new Error(`bench:seed ${args.join(" ")} failed`);
}
