#!/usr/bin/env node
// `npm start` / `npm run dev` / `npm run db:seed`: prepares the environment
// (database URL, auth secret), applies migrations, seeds the demo data, then
// hands over to Next.js. Usage: node scripts/launch.mjs start|dev|seed
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { appEnv, projectRoot, toolEnv } from "./lib/env.mjs";

const require = createRequire(import.meta.url);
const mode = process.argv[2];
if (!["start", "dev", "seed"].includes(mode)) {
  console.error("usage: node scripts/launch.mjs start|dev|seed");
  process.exit(2);
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

function run(args, env) {
  const result = spawnSync(process.execPath, args, { cwd: projectRoot, stdio: "inherit", env });
  if (result.status !== 0) fail(`Failed: ${path.basename(args[0])} ${args.slice(1).join(" ")}`);
}

/** Applies committed migrations, then seeds the demo data (a no-op when present). */
export function prepareDatabase(env) {
  run([require.resolve("prisma/build/index.js"), "migrate", "deploy"], env);
  run([require.resolve("tsx/cli"), "prisma/seed/index.ts"], env);
}

let env;
try {
  env = mode === "seed" ? toolEnv() : appEnv();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
prepareDatabase(env);
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
