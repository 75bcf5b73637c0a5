import { existsSync, readdirSync } from "node:fs";
import Database from "better-sqlite3";
import pg from "pg";
import { isDemoRequested } from "@/lib/auth/demo-accounts";
import { prepareDatabase } from "@/scripts/lib/database.mjs";
import { migrationsPaths, providerOf, sqliteFileOf, type Provider } from "@/scripts/lib/providers.mjs";
import type { CliIo } from "./cli-io";

/** The committed migrations, by folder name (what Prisma records as migration_name). */
function committedMigrations(provider: Provider): string[] {
  return readdirSync(migrationsPaths[provider], { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

const appliedQuery =
  "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL";

/**
 * True when the database exists and has every committed migration applied.
 * Read straight from Prisma's own bookkeeping table, because migrating (a
 * subprocess, seconds on 2 cores) is too slow to run on every command. Any
 * doubt (no file, no table, a server we cannot reach) counts as "not
 * ready": preparing is idempotent, so the only cost of a wrong "no" is time.
 */
export async function isDatabaseReady(databaseUrl: string): Promise<boolean> {
  const provider = providerOf(databaseUrl);
  if (provider === "postgresql") {
    const client = new pg.Client({ connectionString: databaseUrl });
    try {
      await client.connect();
      const { rows } = await client.query<{ migration_name: string }>(appliedQuery);
      const applied = new Set(rows.map((row) => row.migration_name));
      return committedMigrations(provider).every((name) => applied.has(name));
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  const file = sqliteFileOf(databaseUrl);
  if (!existsSync(file)) return false;
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    const rows = sqlite.prepare(appliedQuery).all() as Array<{ migration_name: string }>;
    const applied = new Set(rows.map((row) => row.migration_name));
    return committedMigrations(provider).every((name) => applied.has(name));
  } catch {
    return false;
  } finally {
    sqlite?.close();
  }
}

/**
 * Brings the database up to date before a command opens it, as `npm start`
 * does: migrations and the rating scale, and the demo data only with DEMO=1
 * (see prisma/seed). So an import on a fresh checkout just works, and a
 * fresh deployment gets no demo accounts. Must run before anything imports
 * lib/db/client, which opens the file as it loads.
 */
export async function ensureDatabaseReady(
  env: Record<string, string>,
  io: Pick<CliIo, "err">,
): Promise<void> {
  const url = env.DATABASE_URL;
  if (url === undefined || (await isDatabaseReady(url))) return;
  const demo = isDemoRequested(env) ? ", and the demo data (DEMO=1)" : "";
  await io.err(`Preparing the database (migrations and the rating scale${demo})…\n`);
  prepareDatabase(env, { quiet: true });
}
