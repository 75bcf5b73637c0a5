import path from "node:path";
import { db } from "@/lib/db/client";
import type { CreatedBackup } from "@/lib/backup/create-backup";

/**
 * Records a finished backup for the admin settings page. The caller decides
 * what a failure means: the backup file is complete either way.
 */
export async function recordBackup(backup: CreatedBackup): Promise<void> {
  await db.backup.create({
    data: {
      completedAt: backup.completedAt,
      fileName: path.basename(backup.file),
      bytes: BigInt(backup.bytes),
      provider: backup.provider,
      durationMs: backup.durationMs,
    },
  });
}
