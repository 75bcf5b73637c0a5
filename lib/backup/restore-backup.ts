import { AppError } from "@/lib/errors/app-error";
import { prepareDatabase } from "@/scripts/lib/database.mjs";
import { providerOf, type Provider } from "@/scripts/lib/providers.mjs";
import { readBackupFileKind, type BackupFileKind } from "./file-kind";
import {
  countNewsroomData,
  describeNewsroomData,
  holdsNewsroomData,
  type NewsroomData,
} from "./newsroom-data";
import { restorePostgres, verifyPostgresDump } from "./postgres-restore";
import { restoreSqlite } from "./sqlite-restore";

export interface RestoreBackupOptions {
  file: string;
  databaseUrl: string;
  /** Replace a database that holds users or articles. */
  force: boolean;
  /** The environment the migrations run with (toolEnv); DEMO is ignored. */
  env: Record<string, string | undefined>;
  /** Progress notes, one line each. */
  progress?: (line: string) => Promise<void> | void;
}

export interface RestoredBackup {
  provider: Provider;
  /** What the database held before (replaced with --force). */
  replaced: NewsroomData;
  /** What it holds now. */
  restored: NewsroomData;
}

const kindNames: Record<Provider, string> = {
  sqlite: "an SQLite database",
  postgresql: "a PostgreSQL dump",
};

const providerNames: Record<Provider, string> = { sqlite: "an SQLite", postgresql: "a PostgreSQL" };

/**
 * Brings a backup back into the database: checks the file is a backup of
 * this app for this provider, refuses to replace newsroom data without
 * `force`, puts it in place, then migrates it forward (a backup from an
 * older release gets the migrations it lacks). The target is untouched
 * until the file has been checked.
 */
export async function restoreBackup(options: RestoreBackupOptions): Promise<RestoredBackup> {
  const { file, databaseUrl } = options;
  const say = async (line: string) => void (await options.progress?.(line));
  const provider = providerOf(databaseUrl);
  const kind = await readBackupFileKind(file);
  if (kind !== provider) throw wrongKind(file, kind, provider);
  await say(`Checking ${file}…`);
  if (provider === "postgresql") await verifyPostgresDump(file);
  // SQLite backups are checked on the copy made next to the target (restoreSqlite).
  const replaced = await countNewsroomData(databaseUrl);
  if (holdsNewsroomData(replaced) && !options.force) {
    throw new AppError(
      "CONFLICT",
      `The database already holds ${describeNewsroomData(replaced)}; restoring would replace them. Back it up first (npm run backup), stop the app, then run the restore again with --force.`,
    );
  }
  await say(
    holdsNewsroomData(replaced)
      ? `Replacing ${describeNewsroomData(replaced)} (--force)…`
      : "Restoring into an empty database…",
  );
  if (provider === "postgresql") await restorePostgres(file, databaseUrl);
  else restoreSqlite(file, databaseUrl);
  await say("Applying any newer migrations…");
  prepareDatabase({ ...options.env, DATABASE_URL: databaseUrl, DEMO: "" }, { quiet: true });
  return { provider, replaced, restored: await countNewsroomData(databaseUrl) };
}

function wrongKind(file: string, kind: BackupFileKind, provider: Provider): AppError {
  const unchanged = "Nothing was changed.";
  if (kind === "unknown") {
    return new AppError(
      "BAD_REQUEST",
      `${file} is not a backup this app can read: give a file npm run backup wrote (an SQLite database, or a pg_dump custom-format archive for PostgreSQL). ${unchanged}`,
    );
  }
  if (kind === "postgresql-plain") {
    return new AppError(
      "BAD_REQUEST",
      `${file} is a plain-SQL PostgreSQL dump, which restore cannot read: run it with psql, or make a custom-format backup with npm run backup. ${unchanged}`,
    );
  }
  return new AppError(
    "BAD_REQUEST",
    `${file} is ${kindNames[kind]}, but DATABASE_URL names ${providerNames[provider]} database. To move data from one kind of database to the other, export it and import it instead (see the README). ${unchanged}`,
  );
}
