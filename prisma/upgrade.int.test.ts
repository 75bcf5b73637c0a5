import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it, vi } from "vitest";
import { demoUsers } from "@/lib/auth/demo-accounts";
import {
  adminSql,
  databaseOnServer,
  queryPostgres,
  testPostgresUrl,
  uniqueDatabaseName,
} from "@/lib/data/testing/test-databases";
import { prepareDatabase } from "@/scripts/lib/database.mjs";
import { toolEnv } from "@/scripts/lib/env.mjs";
import { findPostgresBin } from "@/scripts/lib/postgres-cluster.mjs";
import { migrationsPaths } from "@/scripts/lib/providers.mjs";
import { type KeyedRows, lostData, postgresKeyedRows, sqliteKeyedRows } from "./testing/keyed-rows";

/**
 * Upgrades: each earlier release's demo database, as that release's own code
 * migrated and seeded it (prisma/upgrade-fixtures/, made by
 * scripts/upgrade-fixture.mjs), brought up to date by today's migrations and
 * seed the way `npm start` does. Nothing the migrations touch may be lost,
 * and the app must work on the result. On SQLite by default; on PostgreSQL
 * when TEST_POSTGRES_URL is set.
 */
interface Release {
  commit: string;
  subject: string;
  sqlite: { file: string; lastMigration: string };
  postgresql: { file: string; lastMigration: string } | null;
}

const fixtures = path.join(import.meta.dirname, "upgrade-fixtures");
const releases = JSON.parse(readFileSync(path.join(fixtures, "releases.json"), "utf8")) as Release[];
const postgresUrl = testPostgresUrl();
const provider = postgresUrl ? "postgresql" : "sqlite";
const committed = readdirSync(migrationsPaths[provider], { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

interface Upgradable {
  url: string;
  rows: () => Promise<KeyedRows>;
  migrations: () => Promise<Array<{ migration_name: string; finished: boolean; rolled_back: boolean }>>;
}

const migrationsSql =
  "SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back FROM _prisma_migrations";

function sqliteRelease(release: Release): Upgradable {
  const dir = mkdtempSync(path.join(os.tmpdir(), "factcheck-upgrade-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, "app.db");
  writeFileSync(file, gunzipSync(readFileSync(path.join(fixtures, release.sqlite.file))));
  return {
    url: `file:${file}`,
    rows: async () => sqliteKeyedRows(file),
    migrations: async () => {
      const sqlite = new Database(file, { readonly: true });
      try {
        return (sqlite.prepare(migrationsSql).all() as Array<Record<string, unknown>>).map((row) => ({
          migration_name: String(row.migration_name),
          finished: row.finished === 1,
          rolled_back: row.rolled_back === 1,
        }));
      } finally {
        sqlite.close();
      }
    },
  };
}

function postgresRelease(release: Release & { postgresql: NonNullable<Release["postgresql"]> }): Upgradable {
  const name = uniqueDatabaseName("upgrade");
  adminSql(postgresUrl!, `CREATE DATABASE ${name}`);
  cleanups.push(() => adminSql(postgresUrl!, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const url = databaseOnServer(postgresUrl!, name);
  const bin = findPostgresBin();
  const restored = spawnSync(
    bin ? path.join(bin, "pg_restore") : "pg_restore",
    ["--no-owner", "--exit-on-error", "--dbname", url, path.join(fixtures, release.postgresql.file)],
    { encoding: "utf8" },
  );
  if (restored.status !== 0) throw new Error(`pg_restore failed: ${restored.stderr}`);
  return {
    url,
    rows: () => postgresKeyedRows(url),
    migrations: () => queryPostgres(url, migrationsSql),
  };
}

/** The app's own data functions, on the upgraded database (the Prisma client reads DATABASE_URL once). */
async function appOn(url: string) {
  const globals = globalThis as { prisma?: { $disconnect(): Promise<void> } };
  await globals.prisma?.$disconnect();
  delete globals.prisma;
  vi.resetModules();
  process.env.DATABASE_URL = url;
  return {
    findStaleStatuses: (await import("@/lib/data/statuses/testing/find-stale-statuses")).findStaleStatuses,
    signInWithPassword: (await import("@/lib/data/sign-in/sign-in-with-password")).signInWithPassword,
    getArticle: (await import("@/lib/data/articles/get-article")).getArticle,
  };
}

const upgradable = releases.filter((release) => release[provider]);

describe(`upgrading on ${provider}`, () => {
  it("has a recorded release to upgrade from", () => {
    expect(upgradable.length).toBeGreaterThan(0);
  });

  for (const release of upgradable) {
    it(`keeps every record of release ${release.commit}'s demo database, and the app works on it`, async () => {
      const database =
        provider === "postgresql"
          ? postgresRelease(release as Release & { postgresql: NonNullable<Release["postgresql"]> })
          : sqliteRelease(release);
      const before = await database.rows();
      const appliedBefore = (await database.migrations()).map((row) => row.migration_name).sort();
      expect(appliedBefore.at(-1)).toBe(release[provider]!.lastMigration);
      expect(before.Article?.size).toBeGreaterThan(0);
      expect(before.Claim?.size).toBeGreaterThan(0);

      const env = { ...process.env, DATABASE_URL: database.url, DEMO: "" };
      prepareDatabase(toolEnv(env), { quiet: true });

      const applied = await database.migrations();
      expect(applied.map((row) => row.migration_name).sort()).toEqual(committed);
      expect(applied.filter((row) => !row.finished || row.rolled_back)).toEqual([]);
      expect(lostData(before, await database.rows())).toEqual([]);

      const app = await appOn(database.url);
      expect(await app.findStaleStatuses()).toEqual([]);
      for (const user of demoUsers) {
        const signedIn = await app.signInWithPassword({
          email: user.email,
          password: user.password,
          address: null,
        });
        expect(signedIn?.email, `${user.email} signs in after the upgrade`).toBe(user.email);
      }
      const reader = before.User!.values().next().value!;
      for (const [id, row] of before.Article!) {
        const article = await app.getArticle(
          { id: JSON.parse(reader.id!), email: "", name: "", role: "viewer" },
          JSON.parse(id),
        );
        expect(article.title).toBe(JSON.parse(row.title!));
        const claims = [...before.Claim!.values()].filter((claim) => claim.articleId === row.id);
        expect(article.summary.total).toBe(claims.length);
      }
    }, 90_000);
  }
});
