// Brings a database up to date: applies committed migrations, then seeds
// the rating scale, and the demo data when env.DEMO asks for it (each a
// no-op when already there).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { projectRoot } from "./env.mjs";

const require = createRequire(import.meta.url);

function run(args, env, quiet) {
  const result = spawnSync(process.execPath, args, {
    cwd: projectRoot,
    env,
    stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    encoding: "utf8",
  });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout ?? ""}${result.stderr ?? ""}`);
    throw new Error(`Database setup failed: ${args.slice(1).join(" ")}`);
  }
}

/** `quiet` hides Prisma's chatter unless something fails (used by tests). */
export function prepareDatabase(env, { quiet = false } = {}) {
  run([require.resolve("prisma/build/index.js"), "migrate", "deploy"], env, quiet);
  run([require.resolve("tsx/cli"), "prisma/seed/index.ts"], env, quiet);
}
