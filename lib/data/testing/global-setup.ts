import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { prepareDatabase } from "@/scripts/lib/database.mjs";
import { toolEnv } from "@/scripts/lib/env.mjs";
import { adminSql, databaseOnServer, testPostgresUrl, uniqueDatabaseName } from "./test-databases";

declare module "vitest" {
  export interface ProvidedContext {
    /**
     * Where the two migrated template databases are (see temp-database.ts):
     * on SQLite a folder with demo/app.db and plain/app.db; on PostgreSQL
     * the names of two template databases.
     */
    databaseTemplates: { sqliteFolder?: string; postgres?: { demo: string; plain: string } };
  }
}

const templates = [
  ["demo", "1"],
  ["plain", ""],
] as const;

/**
 * Migrates and seeds two template databases once per run (with and without
 * the demo data). Each integration test file then copies one instead of
 * running the migrations and the seed in subprocesses again, which took
 * several seconds per file on 2 cores.
 */
export default function setup(project: TestProject) {
  const postgresUrl = testPostgresUrl();
  if (postgresUrl) {
    const names = { demo: uniqueDatabaseName("tpl_demo"), plain: uniqueDatabaseName("tpl_plain") };
    for (const [name, demo] of templates) {
      adminSql(postgresUrl, `CREATE DATABASE ${names[name]}`);
      prepareDatabase(
        toolEnv({ ...process.env, DATABASE_URL: databaseOnServer(postgresUrl, names[name]), DEMO: demo }),
        {
          quiet: true,
        },
      );
    }
    project.provide("databaseTemplates", { postgres: names });
    return () => {
      for (const name of Object.values(names))
        adminSql(postgresUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    };
  }
  const root = mkdtempSync(path.join(os.tmpdir(), "factcheck-templates-"));
  for (const [name, demo] of templates) {
    const dir = path.join(root, name);
    mkdirSync(dir);
    prepareDatabase(toolEnv({ ...process.env, DATA_DIR: dir, DATABASE_URL: undefined, DEMO: demo }), {
      quiet: true,
    });
  }
  project.provide("databaseTemplates", { sqliteFolder: root });
  return () => rmSync(root, { recursive: true, force: true });
}
