import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, inject } from "vitest";
import { backgroundWorkSettled } from "@/lib/background/background-work";
import { adminSql, databaseOnServer, testPostgresUrl, uniqueDatabaseName } from "./test-databases";

/**
 * A migrated database of its own, seeded with the demo data (unless
 * `demo: false`), for an integration test file: a copy of the template the
 * run's global setup prepared (global-setup.ts). An SQLite file in a
 * temporary folder, or with TEST_POSTGRES_URL a PostgreSQL database created
 * from the template. Call before importing anything that opens the Prisma
 * client: the client reads DATABASE_URL once, when it is created.
 */
export function createTempDatabase({ demo = true }: { demo?: boolean } = {}): {
  url: string;
  dispose: () => void;
} {
  // What a test's writes left to do in the background runs against its database, before the next test and the file's end.
  afterEach(() => backgroundWorkSettled());
  const templates = inject("databaseTemplates");
  const postgresUrl = testPostgresUrl();
  if (postgresUrl && templates.postgres) {
    const name = uniqueDatabaseName("t");
    adminSql(postgresUrl, `CREATE DATABASE ${name} TEMPLATE ${templates.postgres[demo ? "demo" : "plain"]}`);
    const url = databaseOnServer(postgresUrl, name);
    process.env.DATABASE_URL = url;
    return { url, dispose: () => adminSql(postgresUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
  }
  if (!templates.sqliteFolder) throw new Error("The global setup prepared no SQLite templates.");
  const dir = mkdtempSync(path.join(os.tmpdir(), "factcheck-int-"));
  const template = path.join(templates.sqliteFolder, demo ? "demo" : "plain", "app.db");
  const file = path.join(dir, "app.db");
  copyFileSync(template, file);
  // The seed's connection closed cleanly, so the log is normally folded in; copy it if not.
  if (existsSync(`${template}-wal`)) copyFileSync(`${template}-wal`, `${file}-wal`);
  const url = `file:${file}`;
  process.env.DATABASE_URL = url;
  return { url, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
