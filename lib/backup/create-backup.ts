import { existsSync } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { AppError } from "@/lib/errors/app-error";
import { providerOf, type Provider } from "@/scripts/lib/providers.mjs";
import { BACKUP_FOLDER, defaultBackupFileName, partialFileOf } from "./backup-files";
import { backupPostgres } from "./postgres-backup";
import { backupSqlite } from "./sqlite-backup";

export interface CreatedBackup {
  file: string;
  provider: Provider;
  bytes: number;
  durationMs: number;
  completedAt: Date;
}

export interface CreateBackupOptions {
  databaseUrl: string;
  /** The file to write; default DATA_DIR/backups/factcheck-<provider>-<time>.<db|dump>. */
  out?: string;
  /** The data folder default backups go under. */
  dataDir: string;
  now?: () => Date;
}

/**
 * Writes a consistent online backup of the database. It goes to a partial
 * file next to the target and is renamed only once complete, so a backup
 * killed halfway never leaves a file that looks like a finished one.
 */
export async function createBackup(options: CreateBackupOptions): Promise<CreatedBackup> {
  const now = options.now ?? (() => new Date());
  const provider = providerOf(options.databaseUrl);
  const startedAt = now();
  const file =
    options.out ?? path.join(options.dataDir, BACKUP_FOLDER, defaultBackupFileName(provider, startedAt));
  if (existsSync(file))
    throw new AppError("CONFLICT", `${file} already exists: choose another --out, or move that file away.`);
  await mkdir(path.dirname(file), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new AppError("BAD_REQUEST", `Cannot create the folder ${path.dirname(file)} (${error.code}).`);
  });
  const partial = partialFileOf(file);
  await rm(partial, { force: true });
  const started = performance.now();
  try {
    if (provider === "postgresql") await backupPostgres(options.databaseUrl, partial);
    else backupSqlite(options.databaseUrl, partial);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  const durationMs = Math.round(performance.now() - started);
  return { file, provider, bytes: (await stat(file)).size, durationMs, completedAt: now() };
}
