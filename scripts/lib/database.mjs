// Brings a database up to date: applies committed migrations, then seeds
// the rating scale, and the demo data when env.DEMO asks for it (each a
// no-op when already there). DATABASE_URL picks the provider: SQLite goes
// through `prisma migrate deploy`; PostgreSQL through our own runner
// (scripts/migrate-postgresql.mjs), which keeps Prisma's bookkeeping.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { databaseUrl, projectRoot } from "./env.mjs";
import { providerOf } from "./providers.mjs";

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

/** `quiet` hides the migration chatter unless something fails (used by tests). */
export function prepareDatabase(env, { quiet = false } = {}) {
  const migrate =
    providerOf(databaseUrl(env)) === "postgresql"
      ? [path.join(projectRoot, "scripts", "migrate-postgresql.mjs")]
      : [require.resolve("prisma/build/index.js"), "migrate", "deploy"];
  run(migrate, env, quiet);
  run([require.resolve("tsx/cli"), "prisma/seed/index.ts"], env, quiet);
}
