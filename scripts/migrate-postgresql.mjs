#!/usr/bin/env node
// Applies prisma/postgresql/migrations to the PostgreSQL database that
// DATABASE_URL names. Prisma 6.19's WASM schema engine cannot apply
// PostgreSQL migrations on these machines (see ../shared/notes), so this does
// what `prisma migrate deploy` does, and keeps its bookkeeping exactly:
// - the same `_prisma_migrations` table and row format (checksum = SHA-256
//   hex of migration.sql, applied_steps_count 1), so `prisma migrate deploy`
//   can take over wherever the native engine exists;
// - the same advisory lock key Prisma takes (72707369), so two instances
//   starting at once, or this and Prisma, never migrate together;
// - each migration in its own transaction: a failed one leaves nothing
//   behind and is recorded as rolled back, so a fixed retry applies it.
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { migrationsPaths } from "./lib/providers.mjs";

const PRISMA_ADVISORY_LOCK = 72707369;

const createTable = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** The committed migrations in the order Prisma applies them (folder name order). */
export function committedPostgresMigrations(folder = migrationsPaths.postgresql) {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(folder, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/**
 * Brings the database up to date; returns the names it applied. Throws with
 * a message that says what to do when a migration fails or was changed.
 */
export async function migratePostgres(url, { log = () => {}, folder } = {}) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    await client.query(createTable);
    const { rows } = await client.query(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const failed = rows.find((row) => row.finished_at === null);
    if (failed) {
      throw new Error(
        `Migration ${failed.migration_name} started but never finished. Check the database, then mark it with \`prisma migrate resolve\` or delete its row from _prisma_migrations.`,
      );
    }
    const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    const done = [];
    for (const migration of committedPostgresMigrations(folder)) {
      if (applied.has(migration.name)) {
        if (applied.get(migration.name) !== migration.checksum) {
          log(
            `warning: migration ${migration.name} was changed after it was applied; the change is not applied.\n`,
          );
        }
        continue;
      }
      const id = randomUUID();
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
        [id, migration.checksum, migration.name],
      );
      try {
        await client.query("BEGIN");
        await client.query(migration.sql);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        await client.query(
          `UPDATE "_prisma_migrations" SET logs = $2, rolled_back_at = now() WHERE id = $1`,
          [id, String(error?.message ?? error)],
        );
        throw new Error(`Migration ${migration.name} failed and was rolled back: ${error?.message ?? error}`);
      }
      await client.query(
        `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
        [id],
      );
      log(`Applied migration ${migration.name}\n`);
      done.push(migration.name);
    }
    return done;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]).catch(() => undefined);
    await client.end();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set.");
    process.exit(2);
  }
  try {
    const done = await migratePostgres(url, { log: (line) => process.stdout.write(line) });
    if (done.length === 0) console.log("The database is up to date: no migration to apply.");
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
