import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { halfWrittenChecks } from "@/lib/data/testing/half-written";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { countRows, queryDatabase, queryPostgres } from "@/lib/data/testing/test-databases";
import { runCliOn, type CliProcessRun } from "@/lib/cli/testing/cli-process";
import { actor, failure } from "@/lib/data/testing/test-helpers";
import { content } from "@/lib/data/verdicts/verdict-test-fixtures";
import { toolEnv } from "@/scripts/lib/env.mjs";
import { providerOf, sqliteFileOf } from "@/scripts/lib/providers.mjs";
import { dumpTableRows, postgresTableRows, sqliteTableRows, type TableRows } from "./testing/table-rows";
import { targetDatabase } from "./testing/target-database";

// Backups as people take them: the real CLI in a subprocess, while this
// process keeps writing through the app's use cases; then restores into
// other databases, compared row by row with the backup file itself. Runs on
// SQLite, and on PostgreSQL with TEST_POSTGRES_URL.
const source = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { createArticle } = await import("@/lib/data/articles/create-article");
const { createClaim } = await import("@/lib/data/claims/create-claim");
const { addComment } = await import("@/lib/data/comments/add-comment");
const { createVerdict } = await import("@/lib/data/verdicts/create-verdict");
const { createBackup } = await import("./create-backup");
const { restoreBackup } = await import("./restore-backup");

const provider = providerOf(source.url);
const RUN_TIMEOUT = 120_000;
const BURST_PREFIX = "Burst article";
const workDir = mkdtempSync(path.join(os.tmpdir(), "factcheck-backup-"));
const cleanups: Array<() => void> = [() => rmSync(workDir, { recursive: true, force: true })];
const env = toolEnv({ ...process.env, DEMO: "" });

afterAll(async () => {
  await db.$disconnect();
  source.dispose();
  for (const cleanup of cleanups.reverse()) cleanup();
});

const cli = (args: string[], databaseUrl: string) => runCliOn(databaseUrl, args);

/**
 * On SQLite, an app transaction that read before another process committed
 * fails with SQLITE_BUSY_SNAPSHOT when it then writes (Prisma's
 * transactions start deferred). The backup itself only reads, but the CLI
 * then records it: one foreign write the burst may trip over, as it would
 * over any other CLI command's. That is the app's known limit with two
 * writing processes, not the backup's to hide, so the burst retries the step.
 */
async function retryingBusy<T>(step: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await step();
    } catch (error) {
      const busy = /SQLITE_BUSY|database is locked/.test(
        String((error as Error).message) + JSON.stringify(error),
      );
      if (!busy || attempt === 5) throw error;
    }
  }
}

/**
 * Writes through the use cases until `stop` settles: each round an article,
 * a claim on it, a comment and a submitted verdict, each its own
 * transaction, so a snapshot can fall between any two. Resolves `started`
 * once a few rounds are in, and finally with the number of rounds.
 */
function writeBurst(stop: Promise<unknown>, started: () => void): Promise<number> {
  let stopped = false;
  void stop.finally(() => (stopped = true));
  return (async () => {
    const editor = await actor("editor@example.com");
    const reviewer = await actor("reviewer@example.com");
    const text = "The ministry said 5,000 troops were sent.";
    let rounds = 0;
    while (!stopped) {
      const title = `${BURST_PREFIX} ${rounds}`;
      const article = await retryingBusy(() =>
        createArticle(editor, {
          title,
          byline: null,
          dateline: null,
          publishedAt: null,
          sourceUrl: null,
          text,
          allowDuplicate: false,
        }),
      );
      const claim = await retryingBusy(() =>
        createClaim(editor, article.id, { span: { revision: 1, start: 18, end: 40 }, type: "statistic" }),
      );
      await retryingBusy(() => addComment(reviewer, claim.id, { body: `Checking round ${rounds}.` }));
      await retryingBusy(() => createVerdict(reviewer, claim.id, content()));
      rounds += 1;
      if (rounds === 3) started();
      // SQLite queries resolve without returning to the event loop: yield, or
      // the backup subprocess's exit would never be noticed.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return rounds;
  })();
}

/** Every table and row of a backup file. */
function backupRows(file: string): { rows: TableRows; read: (url: string) => TableRows } {
  if (provider === "sqlite")
    return { rows: sqliteTableRows(file), read: (url) => sqliteTableRows(sqliteFileOf(url)) };
  const { rows, columns } = dumpTableRows(file);
  return { rows, read: (url) => postgresTableRows(url, columns) };
}

const count = countRows;

function target(options: { migrated: boolean }): string {
  const database = targetDatabase(options);
  cleanups.push(database.dispose);
  return database.url;
}

let backupFile: string;
let roundsWritten: number;

beforeAll(async () => {
  let started!: () => void;
  const burstStarted = new Promise<void>((resolve) => (started = resolve));
  let backupDone!: (run: CliProcessRun) => void;
  const backupRun = new Promise<CliProcessRun>((resolve) => (backupDone = resolve));
  const burst = writeBurst(backupRun, started);
  await burstStarted;
  backupFile = path.join(workDir, `during-burst.${provider === "sqlite" ? "db" : "dump"}`);
  const run = await cli(["backup", "--out", backupFile], source.url);
  backupDone(run);
  roundsWritten = await burst;
  expect(run.stderr).toBe("Backing up the database…\n");
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^Backed up to .+during-burst\.\w+ \(\d+ kB, [\d,]+ bytes\) in [\d.]+ m?s\.\n$/);
}, RUN_TIMEOUT);

describe(`backup and restore on ${provider}`, () => {
  it("a backup during a write burst is complete, leaves no partial file and is recorded", async () => {
    expect(readdirSync(workDir)).toEqual([path.basename(backupFile)]);
    const record = await db.backup.findFirstOrThrow({ where: { fileName: path.basename(backupFile) } });
    expect(record).toMatchObject({ provider, bytes: BigInt(statSync(backupFile).size) });
    expect(record.durationMs).toBeGreaterThanOrEqual(0);
  });

  it(
    "restores into a new database exactly what the backup holds, a consistent snapshot",
    { timeout: RUN_TIMEOUT },
    async () => {
      const url = target({ migrated: false });
      const result = await restoreBackup({ file: backupFile, databaseUrl: url, force: false, env });
      const { rows, read } = backupRows(backupFile);
      const restored = read(url);
      expect(Object.keys(restored).sort()).toEqual(Object.keys(rows).sort());
      for (const table of Object.keys(rows))
        expect({ table, rows: restored[table] }).toEqual({ table, rows: rows[table] });

      // The snapshot fell inside the burst, and holds whole transactions only.
      const articles = await count(
        url,
        `SELECT COUNT(*) FROM "Article" WHERE "title" LIKE '${BURST_PREFIX}%'`,
      );
      expect(articles).toBeGreaterThanOrEqual(3);
      expect(articles).toBeLessThanOrEqual(roundsWritten);
      expect(result.restored).toEqual({ users: 5, articles: articles + 1 });
      for (const { name, sql } of halfWrittenChecks)
        expect({ name, count: await count(url, sql) }).toEqual({ name, count: 0 });
    },
  );

  it(
    "refuses a database with users or articles, says what is there, and --force replaces it",
    { timeout: RUN_TIMEOUT },
    async () => {
      const url = target({ migrated: false });
      await restoreBackup({ file: backupFile, databaseUrl: url, force: false, env });
      const before = backupRows(backupFile).read(url);
      const error = await failure(restoreBackup({ file: backupFile, databaseUrl: url, force: false, env }));
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toMatch(
        /^The database already holds 5 users and \d+ articles; restoring would replace them\. Back it up first \(npm run backup\), stop the app, then run the restore again with --force\.$/,
      );
      expect(backupRows(backupFile).read(url)).toEqual(before);

      const sql = `DELETE FROM "Comment"`;
      if (provider === "postgresql") await queryPostgres(url, sql);
      else new Database(sqliteFileOf(url)).exec(sql).close();
      const forced = await restoreBackup({ file: backupFile, databaseUrl: url, force: true, env });
      expect(forced.replaced.users).toBe(5);
      expect(backupRows(backupFile).read(url)).toEqual(before);
    },
  );

  it("a migrated database without users or articles counts as empty", { timeout: RUN_TIMEOUT }, async () => {
    const url = target({ migrated: true });
    const result = await restoreBackup({ file: backupFile, databaseUrl: url, force: false, env });
    expect(result.replaced).toEqual({ users: 0, articles: 0 });
    expect(result.restored.users).toBe(5);
  });

  it(
    "refuses files of the wrong kind and damaged backups, leaving the database as it was",
    { timeout: RUN_TIMEOUT },
    async () => {
      const url = target({ migrated: false });
      await restoreBackup({ file: backupFile, databaseUrl: url, force: false, env });
      const before = backupRows(backupFile).read(url);

      const random = path.join(workDir, "random.bin");
      writeFileSync(random, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
      const otherApp = path.join(workDir, "other-app.db");
      new Database(otherApp).exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)").close();
      const pgDump = path.join(workDir, "fake.dump");
      writeFileSync(pgDump, "PGDMP\u0001\u000e\u0000");
      const plainSql = path.join(workDir, "plain.sql");
      writeFileSync(plainSql, "--\n-- PostgreSQL database dump\n--\n\nSET statement_timeout = 0;\n");
      const damaged = path.join(workDir, `damaged.${provider === "sqlite" ? "db" : "dump"}`);
      const bytes = readFileSync(backupFile);
      // Keeps the header (and the dump's table of contents), zeroes the data after it.
      bytes.fill(0, Math.floor(bytes.length / 2));
      writeFileSync(damaged, bytes);

      const refusals: Array<[string, RegExp]> = [
        [random, /random\.bin is not a backup this app can read: give a file npm run backup wrote/],
        [plainSql, /plain\.sql is a plain-SQL PostgreSQL dump, which restore cannot read/],
        [path.join(workDir, "missing.db"), /Cannot read the backup .+missing\.db: there is no such file\./],
        [
          damaged,
          /damaged\.(db|dump) (is damaged|cannot be read)|(pg_restore|Restoring) failed; the database was left as it was/,
        ],
        provider === "sqlite"
          ? [
              pgDump,
              /fake\.dump is a PostgreSQL dump, but DATABASE_URL names an SQLite database\. To move data/,
            ]
          : [otherApp, /other-app\.db is an SQLite database, but DATABASE_URL names a PostgreSQL database\./],
      ];
      if (provider === "sqlite")
        refusals.push([
          otherApp,
          /other-app\.db is an SQLite database, but not one of this app \(it has no _prisma_migrations, User/,
        ]);
      for (const [file, message] of refusals) {
        const error = await failure(restoreBackup({ file, databaseUrl: url, force: true, env }));
        expect({ file, message: error.message }).toEqual({ file, message: expect.stringMatching(message) });
        expect(backupRows(backupFile).read(url)).toEqual(before);
      }
      // No copy left behind (the -wal/-shm are the database's own, kept by the read-only reads above).
      if (provider === "sqlite")
        expect(
          readdirSync(path.dirname(sqliteFileOf(url))).filter((name) => !/^app\.db(-wal|-shm)?$/.test(name)),
        ).toEqual([]);
    },
  );

  it(
    "a backup from a release before backups existed restores and is migrated forward; its record is skipped with a note",
    { timeout: 2 * RUN_TIMEOUT },
    async () => {
      // An older release's database: the same data without the last migration.
      const older = target({ migrated: false });
      await restoreBackup({ file: backupFile, databaseUrl: older, force: false, env });
      const downgrade = [
        `DROP TABLE "Backup"`,
        `DELETE FROM "_prisma_migrations" WHERE "migration_name" LIKE '%\\_backups' ESCAPE '\\'`,
      ];
      if (provider === "postgresql") for (const sql of downgrade) await queryPostgres(older, sql);
      else new Database(sqliteFileOf(older)).exec(downgrade.join(";")).close();

      const oldFile = path.join(workDir, `older.${provider === "sqlite" ? "db" : "dump"}`);
      const run = await cli(["backup", "--out", oldFile], older);
      expect(run.status).toBe(0);
      expect(run.stderr).toMatch(
        /The backup is complete, but it was not recorded for Admin › Settings \(.+\)\.\n$/,
      );
      expect(existsSync(oldFile)).toBe(true);

      const url = target({ migrated: false });
      await restoreBackup({ file: oldFile, databaseUrl: url, force: false, env });
      const migrations = await queryDatabase<{ migration_name: string }>(
        url,
        `SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL`,
      );
      expect(migrations.map((row) => row.migration_name)).toContainEqual(expect.stringMatching(/_backups$/));
      expect(await count(url, `SELECT COUNT(*) FROM "Backup"`)).toBe(0);
      expect(await count(url, `SELECT COUNT(*) FROM "User"`)).toBe(5);
    },
  );

  it("never overwrites an existing file with a backup", async () => {
    const existing = path.join(workDir, "keep-me.db");
    writeFileSync(existing, "precious");
    const error = await failure(createBackup({ databaseUrl: source.url, out: existing, dataDir: workDir }));
    expect(error.message).toBe(`${existing} already exists: choose another --out, or move that file away.`);
    expect(readFileSync(existing, "utf8")).toBe("precious");
  });
});
