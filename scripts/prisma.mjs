#!/usr/bin/env node
// Runs the Prisma CLI with the project's environment defaults (see
// scripts/lib/env.mjs): DATABASE_URL falls back to the SQLite file in data/,
// and the native-engine download check is silenced.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { toolEnv, projectRoot } from "./lib/env.mjs";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  cwd: projectRoot,
  stdio: "inherit",
  env: toolEnv(),
});
process.exit(result.status ?? 1);
