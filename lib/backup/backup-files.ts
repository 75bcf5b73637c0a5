import path from "node:path";
import type { Provider } from "@/scripts/lib/providers.mjs";

/** What each provider's backup is: an SQLite database file, or a pg_dump custom-format archive. */
export const backupExtensions: Record<Provider, string> = { sqlite: "db", postgresql: "dump" };

/** The folder under DATA_DIR default backups go to (git-ignored with the data folder). */
export const BACKUP_FOLDER = "backups";

/**
 * "factcheck-sqlite-2026-12-02T140312Z.db": the provider and the UTC time it
 * started, without colons (which some file systems and tools refuse), so the
 * names sort by time.
 */
export function defaultBackupFileName(provider: Provider, startedAt: Date): string {
  const stamp = startedAt
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/:/g, "");
  return `factcheck-${provider}-${stamp}.${backupExtensions[provider]}`;
}

/**
 * Where a backup is written until it is complete: next to the target (so the
 * final rename stays on one file system and is atomic), under a name that
 * does not look like a finished backup, unique per process.
 */
export function partialFileOf(target: string, pid: number = process.pid): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.partial-${pid}`);
}
