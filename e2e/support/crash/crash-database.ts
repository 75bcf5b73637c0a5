import path from "node:path";
import Database from "better-sqlite3";
import { queryPostgres } from "../../../lib/data/testing/test-databases";
import { newDataDir } from "../spawn-server";

/**
 * The database a crash test's server runs on, and read-only access to it
 * from the test: a fresh SQLite data folder, or (with E2E_POSTGRES_ADMIN_URL,
 * in `npm test`'s PostgreSQL pass) a new PostgreSQL database.
 */
export interface CrashDatabase {
  provider: "sqlite" | "postgresql";
  dataDir: string;
  /**
   * The server's environment. DEMO=1: the first start seeds the demo
   * accounts the burst signs in with (production refuses their published
   * passwords otherwise); later starts find them and change nothing.
   */
  serverEnv: Record<string, string>;
  query<T>(sql: string): Promise<T[]>;
  /** What the database's own consistency checks report: [] when sound. */
  integrityProblems(): Promise<string[]>;
  dispose(): Promise<void>;
}

export async function crashDatabase(): Promise<CrashDatabase> {
  const adminUrl = process.env.E2E_POSTGRES_ADMIN_URL;
  const dataDir = newDataDir();
  if (!adminUrl) {
    const file = path.join(dataDir, "app.db");
    const read = <T>(sql: string): T[] => {
      const connection = new Database(file, { readonly: true, fileMustExist: true, timeout: 10_000 });
      try {
        return connection.prepare(sql).all() as T[];
      } finally {
        connection.close();
      }
    };
    return {
      provider: "sqlite",
      dataDir,
      serverEnv: { DEMO: "1" },
      query: async (sql) => read(sql),
      async integrityProblems() {
        const pages = read<{ integrity_check: string }>("PRAGMA integrity_check").map(
          (row) => row.integrity_check,
        );
        const keys = read<{ table: string; parent: string }>("PRAGMA foreign_key_check").map(
          (row) => `a ${row.table} row names a missing ${row.parent}`,
        );
        return [...pages.filter((line) => line !== "ok"), ...keys];
      },
      async dispose() {},
    };
  }
  const name = `crash_${process.pid}_${Date.now()}`;
  await queryPostgres(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    provider: "postgresql",
    dataDir,
    serverEnv: { DATABASE_URL: databaseUrl, DEMO: "1" },
    query: async <T>(sql: string) => (await queryPostgres(databaseUrl, sql)) as T[],
    async integrityProblems() {
      // amcheck (contrib): every table's heap pages, and every B-tree index
      // against its table (heapallindexed: each row has its index entries).
      await queryPostgres(databaseUrl, "CREATE EXTENSION IF NOT EXISTS amcheck");
      const heap = await queryPostgres<{ relname: string; msg: string }>(
        databaseUrl,
        `SELECT c.relname, v.msg FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace,
           LATERAL verify_heapam(c.oid) v WHERE n.nspname = 'public' AND c.relkind = 'r'`,
      );
      const indexes = await queryPostgres<{ relname: string }>(
        databaseUrl,
        `SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
           JOIN pg_am am ON am.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE am.amname = 'btree' AND n.nspname = 'public'`,
      );
      const problems = heap.map((row) => `${row.relname}: ${row.msg}`);
      for (const { relname } of indexes) {
        try {
          await queryPostgres(databaseUrl, `SELECT bt_index_check('public."${relname}"'::regclass, true)`);
        } catch (error) {
          problems.push(`${relname}: ${(error as Error).message}`);
        }
      }
      return problems;
    },
    async dispose() {
      await queryPostgres(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
