#!/usr/bin/env node
// `npm start` / `npm run demo` / `npm run dev` / `npm run db:seed`: prepares
// the environment (database URL, auth secret), applies migrations, seeds the
// rating scale (and the demo data when asked), then hands over to Next.js.
// Usage: node scripts/launch.mjs start|demo|dev|seed
//   start  production server; demo data only with DEMO=1
//   demo   production server with the demo data (DEMO=1)
//   dev    development server, with the demo data unless DEMO=0
//   seed   migrate and seed the demo data, then exit
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

if (!["start", "demo", "dev", "seed"].includes(mode))
  fail("usage: node scripts/launch.mjs start|demo|dev|seed");

// Asking for the demo is explicit: `demo` and `seed` always, `dev` unless DEMO=0, `start` only with DEMO=1.
const demo = { demo: "1", seed: "1", dev: process.env.DEMO ?? "1", start: process.env.DEMO ?? "" }[mode];

let env;
try {
  const base = { ...process.env, DEMO: demo };
  env = mode === "seed" ? toolEnv(base) : appEnv(base);
  prepareDatabase(env);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (mode === "seed") process.exit(0);

const port = process.env.PORT ?? "3000";
const distDir = path.join(projectRoot, env.NEXT_DIST_DIR ?? ".next");
const nextMode = mode === "dev" ? "dev" : "start";
if (nextMode === "start" && !existsSync(path.join(distDir, "BUILD_ID"))) {
  fail("No production build found: run `npm run build` first (or `npm run dev` for development).");
}
const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), nextMode, "-p", port], {
  cwd: projectRoot,
  stdio: "inherit",
  // next-auth's own address: NEXTAUTH_URL, else the public APP_URL, else this port.
  env: { ...env, NEXTAUTH_URL: env.NEXTAUTH_URL || env.APP_URL?.trim() || `http://localhost:${port}` },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
