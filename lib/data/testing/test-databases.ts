import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { findPostgresBin } from "@/scripts/lib/postgres-cluster.mjs";
import { sqliteFileOf } from "@/scripts/lib/providers.mjs";

/**
 * Which database integration tests run on: SQLite files by default, or the
 * PostgreSQL server TEST_POSTGRES_URL names (its admin database, e.g.
 * postgresql://postgres@127.0.0.1:5432/postgres). `npm test` runs them on
 * both, with a throwaway cluster for PostgreSQL.
 */
export function testPostgresUrl(): string | null {
  return process.env.TEST_POSTGRES_URL || null;
}

/** The URL of database `name` on the same server as `adminUrl`. */
export function databaseOnServer(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
}

/** Runs one SQL statement on the admin database, synchronously (tests create databases before importing the client). */
export function adminSql(adminUrl: string, sql: string): void {
  const bin = findPostgresBin();
  const psql = bin && existsSync(path.join(bin, "psql")) ? path.join(bin, "psql") : "psql";
  const result = spawnSync(psql, [adminUrl, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${sql}: ${result.stderr || result.error?.message}`);
}

/** Runs one query on a PostgreSQL database over its own connection and returns the rows. */
export async function queryPostgres<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Runs one query on the database a DATABASE_URL names, SQLite (read-only)
 * or PostgreSQL, over a connection of its own: for reading databases other
 * than the one the test's Prisma client is on.
 */
export async function queryDatabase<T extends Record<string, unknown>>(
  url: string,
  sql: string,
): Promise<T[]> {
  if (!url.startsWith("file:")) return queryPostgres<T>(url, sql);
  const sqlite = new Database(sqliteFileOf(url), { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare(sql).all() as T[];
  } finally {
    sqlite.close();
  }
}

/** The first column of the first row of a COUNT query, as a number. */
export async function countRows(url: string, sql: string): Promise<number> {
  const [row] = await queryDatabase(url, sql);
  return Number(Object.values(row ?? {})[0]);
}
