import { copyFileSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { AppError } from "@/lib/errors/app-error";
import { missingAppTables } from "./app-tables";
import { partialFileOf } from "./backup-files";
import { sqliteFileOf } from "@/scripts/lib/providers.mjs";

const removeWithLogs = (file: string) => {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
};

/**
 * Checks that an SQLite file is a sound database of this app: Prisma's
 * migrations table and the app's tables are there, and PRAGMA
 * integrity_check passes. Leaves it as one standalone file (no -wal), so
 * it can be renamed into place. Throws BAD_REQUEST saying what is wrong.
 */
export function verifySqliteBackup(file: string, shownAs: string): void {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { fileMustExist: true });
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .pluck()
      .all() as string[];
    const missing = missingAppTables(tables);
    if (missing.length > 0) {
      throw new AppError(
        "BAD_REQUEST",
        `${shownAs} is an SQLite database, but not one of this app (it has no ${missing.join(", ")} table). Nothing was changed.`,
      );
    }
    const problems = sqlite.prepare("PRAGMA integrity_check").pluck().all() as string[];
    if (problems.join() !== "ok") {
      throw new AppError(
        "BAD_REQUEST",
        `${shownAs} is damaged (integrity check: ${problems.slice(0, 3).join("; ")}). Restore an older backup. Nothing was changed.`,
      );
    }
    sqlite.pragma("journal_mode = DELETE");
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      "BAD_REQUEST",
      `${shownAs} cannot be read as an SQLite database (${(error as Error).message}). Nothing was changed.`,
    );
  } finally {
    sqlite?.close();
  }
}

/**
 * Puts an SQLite backup in place of the database: copied next to the target
 * and checked there (the target is untouched until then), then the target's
 * -wal/-shm are removed (a stale log must never be replayed onto another
 * file) and the copy renamed over it, which is atomic.
 */
export function restoreSqlite(backupFile: string, databaseUrl: string): void {
  const target = path.resolve(sqliteFileOf(databaseUrl));
  const copy = partialFileOf(target);
  mkdirSync(path.dirname(target), { recursive: true });
  removeWithLogs(copy);
  try {
    copyFileSync(backupFile, copy);
    verifySqliteBackup(copy, backupFile);
  } catch (error) {
    removeWithLogs(copy);
    throw error;
  }
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  renameSync(copy, target);
}
