#!/usr/bin/env node
// `npm run db:new-migration -- <name>`: writes the SQL that takes the
// committed migrations to prisma/schema.prisma into a new migration folder.
// `prisma migrate dev` needs a shadow database, which the WASM engine cannot
// build here, so: apply the migrations to a throwaway SQLite file, read its
// schema back (`db pull`), and diff that against the schema (`migrate diff`).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { projectRoot, toolEnv } from "./lib/env.mjs";

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

try {
  prisma(["migrate", "deploy"]);
  const current = path.join(dir, "current.prisma");
  const pulled = prisma(["db", "pull", "--print"]);
  writeFileSync(current, pulled.slice(pulled.indexOf("generator")));
  const sql = prisma([
    "migrate",
    "diff",
    "--from-schema-datamodel",
    current,
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ]);
  const body = sql.slice(sql.indexOf("--"));
  if (!body.trim() || /This is an empty migration/.test(sql)) {
    console.log("The schema matches the migrations: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = path.join(projectRoot, "prisma", "migrations", `${stamp}_${name}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "migration.sql"), body.endsWith("\n") ? body : `${body}\n`);
    console.log(`Wrote ${path.relative(projectRoot, folder)}/migration.sql`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
