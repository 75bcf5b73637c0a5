import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { prepareDatabase } from "@/scripts/lib/database.mjs";
import { toolEnv } from "@/scripts/lib/env.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** Folder with two migrated template databases, demo/ and plain/ (see temp-database.ts). */
    databaseTemplates: string;
  }
}

/**
 * Migrates and seeds two template SQLite files once per run (with and
 * without the demo data). Each integration test file then copies one
 * instead of running Prisma's migrate and the seed in subprocesses again,
 * which took several seconds per file on 2 cores.
 */
export default function setup(project: TestProject) {
  const root = mkdtempSync(path.join(os.tmpdir(), "factcheck-templates-"));
  for (const [name, demo] of [
    ["demo", "1"],
    ["plain", ""],
  ] as const) {
    const dir = path.join(root, name);
    mkdirSync(dir);
    prepareDatabase(toolEnv({ ...process.env, DATA_DIR: dir, DATABASE_URL: undefined, DEMO: demo }), {
      quiet: true,
    });
  }
  project.provide("databaseTemplates", root);
  return () => rmSync(root, { recursive: true, force: true });
}
