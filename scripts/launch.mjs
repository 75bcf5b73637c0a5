#!/usr/bin/env node
// `npm start` / `npm run dev` / `npm run db:seed`: prepares the environment
// (database URL, auth secret), applies migrations, seeds the demo data, then
// hands over to Next.js. Usage: node scripts/launch.mjs start|dev|seed
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { prepareDatabase } from "./lib/database.mjs";
import { appEnv, projectRoot, toolEnv } from "./lib/env.mjs";

const require = createRequire(import.meta.url);
const mode = process.argv[2];

function fail(message) {
  console.error(message);
  process.exit(1);
}

if (!["start", "dev", "seed"].includes(mode)) fail("usage: node scripts/launch.mjs start|dev|seed");

let env;
try {
  env = mode === "seed" ? toolEnv() : appEnv();
  prepareDatabase(env);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (mode === "seed") process.exit(0);

const port = process.env.PORT ?? "3000";
const distDir = path.join(projectRoot, env.NEXT_DIST_DIR ?? ".next");
if (mode === "start" && !existsSync(path.join(distDir, "BUILD_ID"))) {
  fail("No production build found: run `npm run build` first (or `npm run dev` for development).");
}
const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), mode, "-p", port], {
  cwd: projectRoot,
  stdio: "inherit",
  env: { ...env, NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${port}` },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
