import { createBackup } from "@/lib/backup/create-backup";
import { formatBackupSize } from "@/lib/backup/format-backup";
import { dataDir, databaseUrl } from "@/scripts/lib/env.mjs";
import { resolveUserPath, type CliIo } from "../cli-io";
import type { CliCommand } from "../parse-args";

type BackupCommand = Extract<CliCommand, { name: "backup" }>;

/**
 * `backup`: a consistent copy of the database while the app runs (see
 * lib/backup/create-backup.ts), then a record of it for the admin settings
 * page. The record is a convenience: when it cannot be written (a read-only
 * database, one not migrated yet) the backup still counts.
 */
export async function backup(command: BackupCommand, io: CliIo): Promise<void> {
  const url = databaseUrl(io.env);
  await io.err("Backing up the database…\n");
  const created = await createBackup({
    databaseUrl: url,
    dataDir: dataDir(io.env),
    out: command.out === undefined ? undefined : resolveUserPath(io, command.out),
  });
  await io.out(
    `Backed up to ${created.file} (${formatBackupSize(created.bytes)}, ${created.bytes.toLocaleString("en")} bytes) in ${formatDuration(created.durationMs)}.\n`,
  );
  try {
    const { recordBackup } = await import("@/lib/data/backups/record-backup");
    await recordBackup(created);
  } catch (error) {
    await io.err(
      `The backup is complete, but it was not recorded for Admin › Settings (${firstLine(error)}).\n`,
    );
  }
}

/** "12 ms", "3.4 s". */
function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).trim().split("\n").at(-1) ?? "";
}
