import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import {
  adminSql,
  databaseOnServer,
  queryPostgres as query,
  testPostgresUrl,
  uniqueDatabaseName,
} from "@/lib/data/testing/test-databases";
import { committedPostgresMigrations, migratePostgres } from "../migrate-postgresql.mjs";
import { prepareDatabase } from "./database.mjs";
import { toolEnv } from "./env.mjs";
import { migrationsPaths } from "./providers.mjs";

const postgresUrl = testPostgresUrl();
const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

function emptyPostgresDatabase(): string {
  const name = uniqueDatabaseName("mig");
  adminSql(postgresUrl!, `CREATE DATABASE ${name}`);
  cleanups.push(() => adminSql(postgresUrl!, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  return databaseOnServer(postgresUrl!, name);
}

/** Table -> sorted column names, as the migrations left them. */
function sqliteColumns(file: string): Record<string, string[]> {
  const sqlite = new Database(file, { readonly: true });
  try {
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as Array<{ name: string }>;
    return Object.fromEntries(
      tables.map(({ name }) => [
        name,
        (sqlite.prepare(`PRAGMA table_info("${name}")`).all() as Array<{ name: string }>)
          .map((c) => c.name)
          .sort(),
      ]),
    );
  } finally {
    sqlite.close();
  }
}

describe("migrations from empty on SQLite", () => {
  it("create every table, and Prisma's bookkeeping records each migration once", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "factcheck-mig-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    prepareDatabase(toolEnv({ ...process.env, DATA_DIR: dir, DATABASE_URL: undefined, DEMO: "" }), {
      quiet: true,
    });
    const columns = sqliteColumns(path.join(dir, "app.db"));
    expect(Object.keys(columns)).toEqual(
      expect.arrayContaining(["Article", "Claim", "LiveEvent", "RateLimitBucket"]),
    );
    expect(columns.Claim).toContain("status");
  });
});

describe.skipIf(!postgresUrl)("migrations from empty on PostgreSQL", () => {
  it("two runners at once apply each migration exactly once, with Prisma's checksums", async () => {
    const url = emptyPostgresDatabase();
    const [first, second] = await Promise.all([migratePostgres(url), migratePostgres(url)]);
    const committed = committedPostgresMigrations();
    // One runner did everything while holding the lock; the other found nothing left.
    expect([first.length, second.length].sort()).toEqual([0, committed.length]);
    const rows = await query<{ migration_name: string; checksum: string; applied_steps_count: number }>(
      url,
      `SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`,
    );
    expect(rows).toEqual(
      committed.map((migration) => ({
        migration_name: migration.name,
        checksum: createHash("sha256")
          .update(readFileSync(path.join(migrationsPaths.postgresql, migration.name, "migration.sql")))
          .digest("hex"),
        applied_steps_count: 1,
      })),
    );
    expect(await migratePostgres(url)).toEqual([]);
  });

  it("leave the same tables and columns as the SQLite migrations (one set of models)", async () => {
    const url = emptyPostgresDatabase();
    await migratePostgres(url);
    const rows = await query<{ table_name: string; column_name: string }>(
      url,
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const postgres: Record<string, string[]> = {};
    for (const row of rows) (postgres[row.table_name] ??= []).push(row.column_name);
    for (const table of Object.keys(postgres)) postgres[table]!.sort();
    const dir = mkdtempSync(path.join(os.tmpdir(), "factcheck-mig-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    prepareDatabase(toolEnv({ ...process.env, DATA_DIR: dir, DATABASE_URL: undefined, DEMO: "" }), {
      quiet: true,
    });
    expect(postgres).toEqual(sqliteColumns(path.join(dir, "app.db")));
  });

  it("roll a failing migration back whole, record it, and apply it once it is fixed", async () => {
    const url = emptyPostgresDatabase();
    const folder = mkdtempSync(path.join(os.tmpdir(), "factcheck-migfolder-"));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    cpSync(migrationsPaths.postgresql, folder, { recursive: true });
    const broken = path.join(folder, "29991231000000_broken");
    mkdirSync(broken);
    writeFileSync(
      path.join(broken, "migration.sql"),
      `CREATE TABLE "HalfDone" ("id" TEXT PRIMARY KEY);\nALTER TABLE "NoSuchTable" ADD COLUMN "x" TEXT;\n`,
    );
    await expect(migratePostgres(url, { folder })).rejects.toThrow(
      /29991231000000_broken failed and was rolled back/,
    );
    const tables = await query<{ n: string }>(
      url,
      `SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_name = 'HalfDone'`,
    );
    expect(tables[0]!.n).toBe("0");
    const recorded = await query<{ rolled_back: boolean; logs: string }>(
      url,
      `SELECT rolled_back_at IS NOT NULL AS rolled_back, logs FROM "_prisma_migrations" WHERE migration_name = '29991231000000_broken'`,
    );
    expect(recorded).toEqual([{ rolled_back: true, logs: expect.stringContaining("NoSuchTable") }]);
    writeFileSync(path.join(broken, "migration.sql"), `CREATE TABLE "HalfDone" ("id" TEXT PRIMARY KEY);\n`);
    expect(await migratePostgres(url, { folder })).toEqual(["29991231000000_broken"]);
  });
});
