import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { prepareDatabase } from "@/scripts/lib/database.mjs";
import { databaseUrl, toolEnv } from "@/scripts/lib/env.mjs";

/**
 * A migrated SQLite database with the demo data, in a temporary folder, for
 * a benchmark: the integration tests' temp databases come from Vitest's
 * global setup, which `npm run bench` does not run. Call before importing
 * anything that opens the Prisma client.
 */
export function createBenchDatabase(): { url: string; dispose: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "factcheck-bench-"));
  const env = toolEnv({ ...process.env, DATA_DIR: dir, DATABASE_URL: undefined, DEMO: "1" });
  prepareDatabase(env, { quiet: true });
  const url = databaseUrl(env);
  process.env.DATABASE_URL = url;
  return { url, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
