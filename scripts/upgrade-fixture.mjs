#!/usr/bin/env node
// Records a release's demo database for the upgrade test
// (prisma/upgrade.int.test.ts): checks the release out in a temporary git
// worktree, lets *its own* code migrate and seed the demo data, and keeps the
// result in prisma/upgrade-fixtures/:
//   <commit>-sqlite.db.gz       the SQLite file, as that release left it
//   <commit>-postgresql.dump    pg_dump --format=custom (with --postgres, and
//                               only for releases that supported PostgreSQL)
// and the release in releases.json. Run it for each release:
//   node scripts/upgrade-fixture.mjs <git-ref> [--postgres postgresql://…/postgres]
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { projectRoot } from "./lib/env.mjs";
import { findPostgresBin } from "./lib/postgres-cluster.mjs";

const fixtures = path.join(projectRoot, "prisma", "upgrade-fixtures");
const args = process.argv.slice(2);
const ref = args.find((arg) => !arg.startsWith("--"));
const postgresIndex = args.indexOf("--postgres");
const postgresAdmin = postgresIndex >= 0 ? args[postgresIndex + 1] : undefined;
if (!ref || (postgresIndex >= 0 && !postgresAdmin)) {
  console.error("usage: node scripts/upgrade-fixture.mjs <git-ref> [--postgres postgresql://…/postgres]");
  process.exit(1);
}

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { encoding: "utf8", ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${commandArgs.join(" ")} failed:\n${result.stdout}${result.stderr}`);
  }
  return result.stdout.trim();
}

const git = (...gitArgs) => run("git", gitArgs, { cwd: projectRoot });
const commit = git("rev-parse", "--short=7", `${ref}^{commit}`);
const subject = git("log", "-1", "--format=%s", commit);
const date = git("log", "-1", "--format=%cI", commit);
const worktree = mkdtempSync(path.join(os.tmpdir(), `factcheck-release-${commit}-`));
const dataDir = mkdtempSync(path.join(os.tmpdir(), `factcheck-release-data-${commit}-`));

/** The release's environment: nothing of this shell's database or secrets. */
function releaseEnv(extra) {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^(DATABASE_URL|DEMO|DATA_DIR|NEXTAUTH_|AUTH_SECRET|TEST_POSTGRES_URL)/.test(name)) delete env[name];
  }
  return { ...env, DATA_DIR: dataDir, ...extra };
}

function releaseRun(scriptArgs, extra = {}) {
  return run(process.execPath, scriptArgs, { cwd: worktree, env: releaseEnv(extra) });
}

const lastMigration = (folder) =>
  git("ls-tree", "--name-only", `${commit}:${folder}`)
    .split("\n")
    .filter((name) => /^\d{14}_/.test(name))
    .sort()
    .at(-1);

try {
  git("worktree", "add", "--detach", worktree, commit);
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(worktree, "node_modules"));
  console.log(`${commit} ${subject}`);
  releaseRun(["scripts/prisma.mjs", "generate"]);

  const entry = { commit, date, subject, sqlite: {}, postgresql: null };
  releaseRun(["scripts/launch.mjs", "seed"]);
  const clean = path.join(dataDir, "clean.db");
  const sqlite = new Database(path.join(dataDir, "app.db"));
  sqlite.exec(`VACUUM INTO '${clean}'`);
  sqlite.close();
  const sqliteFile = `${commit}-sqlite.db.gz`;
  writeFileSync(path.join(fixtures, sqliteFile), gzipSync(readFileSync(clean), { level: 9 }));
  entry.sqlite = { file: sqliteFile, lastMigration: lastMigration("prisma/migrations") };
  console.log(`  SQLite: ${sqliteFile}`);

  const hasPostgres = existsSync(path.join(worktree, "prisma", "postgresql", "migrations"));
  if (postgresAdmin && hasPostgres) {
    const name = `release_${commit}_${process.pid}`;
    const url = new URL(postgresAdmin);
    const bin = findPostgresBin();
    if (!bin) throw new Error("PostgreSQL's client tools are not installed (apt-get install postgresql).");
    const psql = path.join(bin, "psql");
    run(psql, [postgresAdmin, "-qc", `CREATE DATABASE ${name}`]);
    url.pathname = `/${name}`;
    try {
      releaseRun(["scripts/launch.mjs", "seed"], { DATABASE_URL: url.toString() });
      const dumpFile = `${commit}-postgresql.dump`;
      run(path.join(bin, "pg_dump"), [
        "--format=custom",
        "--no-owner",
        "--file",
        path.join(fixtures, dumpFile),
        url.toString(),
      ]);
      entry.postgresql = { file: dumpFile, lastMigration: lastMigration("prisma/postgresql/migrations") };
      console.log(`  PostgreSQL: ${dumpFile}`);
    } finally {
      run(psql, [postgresAdmin, "-qc", `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
    }
  }

  const list = path.join(fixtures, "releases.json");
  const releases = existsSync(list) ? JSON.parse(readFileSync(list, "utf8")) : [];
  const next = [...releases.filter((release) => release.commit !== commit), entry].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
  writeFileSync(list, `${JSON.stringify(next, null, 2)}\n`);
} finally {
  spawnSync("git", ["worktree", "remove", "--force", worktree], { cwd: projectRoot });
  rmSync(worktree, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
