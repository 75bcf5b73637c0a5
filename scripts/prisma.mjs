#!/usr/bin/env node
// Runs the Prisma CLI with the project's environment defaults (see
// scripts/lib/env.mjs): DATABASE_URL falls back to the SQLite file in data/,
// and the native-engine download check is silenced. `generate` (run on
// install) derives the PostgreSQL schema from the models first and generates
// both clients, so either database works with the same build. On
// PostgreSQL, `migrate deploy` runs our runner (scripts/migrate-postgresql.mjs),
// since the WASM engine cannot apply PostgreSQL migrations.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { databaseUrl, toolEnv, projectRoot } from "./lib/env.mjs";
import { providerOf, writePostgresSchema } from "./lib/providers.mjs";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const prisma = (args) =>
  spawnSync(process.execPath, [cli, ...args], { cwd: projectRoot, stdio: "inherit", env: toolEnv() })
    .status ?? 1;

const args = process.argv.slice(2);
if (args[0] === "generate" && args.length === 1) {
  const status = prisma(["generate"]) || prisma(["generate", "--schema", writePostgresSchema()]);
  process.exit(status);
}
if (args[0] === "migrate" && args[1] === "deploy" && providerOf(databaseUrl()) === "postgresql") {
  const runner = path.join(projectRoot, "scripts", "migrate-postgresql.mjs");
  process.exit(spawnSync(process.execPath, [runner], { stdio: "inherit", env: toolEnv() }).status ?? 1);
}
process.exit(prisma(args));
