import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { prepareDatabase } from "@/scripts/lib/database.mjs";
import { toolEnv } from "@/scripts/lib/env.mjs";

/**
 * A migrated SQLite database in a temporary folder, seeded with the demo
 * data (unless `demo: false`), for integration tests. Call before importing anything that opens the Prisma client: the
 * client reads DATABASE_URL once, when it is created.
 */
export function createTempDatabase({ demo = true }: { demo?: boolean } = {}): {
  url: string;
  dispose: () => void;
} {
  const dir = mkdtempSync(path.join(os.tmpdir(), "factcheck-int-"));
  const env = toolEnv({ ...process.env, DATA_DIR: dir, DATABASE_URL: undefined, DEMO: demo ? "1" : "" });
  prepareDatabase(env, { quiet: true });
  const url = env.DATABASE_URL as string;
  process.env.DATABASE_URL = url;
  return { url, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
