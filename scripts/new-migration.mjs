#!/usr/bin/env node
// `npm run db:new-migration -- <name>`: writes the SQL that takes the
// committed migrations to prisma/schema.prisma, once per provider, into new
// migration folders of the same name.
// - SQLite: `prisma migrate dev` needs a shadow database, which the WASM
//   engine cannot build here, so apply the migrations to a throwaway SQLite
//   file, read its schema back (`db pull`) and diff that against the models.
// - PostgreSQL: diff the snapshot of what the committed PostgreSQL migrations
//   produce (prisma/postgresql/migrated-schema.prisma) against the derived
//   PostgreSQL schema, then move the snapshot forward. No database needed.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { projectRoot, toolEnv } from "./lib/env.mjs";
import { migratedPostgresSchemaPath, migrationsPaths, writePostgresSchema } from "./lib/providers.mjs";

const require = createRequire(import.meta.url);
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:new-migration -- <name_in_snake_case>");
  process.exit(2);
}

const dir = mkdtempSync(path.join(os.tmpdir(), "factcheck-migration-"));
const env = toolEnv({ ...process.env, DATA_DIR: dir, DATABASE_URL: undefined });
const prisma = (args) => {
  const result = spawnSync(process.execPath, [require.resolve("prisma/build/index.js"), ...args], {
    cwd: projectRoot,
    env,
    encoding: "utf8",
  });
  if (result.status !== 0) {
    process.stderr.write(result.stderr);
    rmSync(dir, { recursive: true, force: true });
    process.exit(1);
  }
  return result.stdout;
};
const diff = (from, to) => {
  const sql = prisma([
    "migrate",
    "diff",
    "--from-schema-datamodel",
    from,
    "--to-schema-datamodel",
    to,
    "--script",
  ]);
  const body = sql.slice(sql.indexOf("--"));
  return !body.trim() || /This is an empty migration/.test(sql)
    ? ""
    : body.endsWith("\n")
      ? body
      : `${body}\n`;
};
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const write = (provider, sql) => {
  const folder = path.join(migrationsPaths[provider], `${stamp}_${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "migration.sql"), sql);
  console.log(`Wrote ${path.relative(projectRoot, folder)}/migration.sql`);
};

try {
  prisma(["migrate", "deploy"]);
  const current = path.join(dir, "current.prisma");
  const pulled = prisma(["db", "pull", "--print"]);
  writeFileSync(current, pulled.slice(pulled.indexOf("generator")));
  const sqlite = diff(current, "prisma/schema.prisma");
  const postgresSchema = writePostgresSchema();
  const postgresql = diff(migratedPostgresSchemaPath, postgresSchema);
  if (!sqlite && !postgresql) console.log("The schema matches the migrations: nothing to write.");
  if (sqlite) write("sqlite", sqlite);
  if (postgresql) {
    write("postgresql", postgresql);
    copyFileSync(postgresSchema, migratedPostgresSchemaPath);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
