import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { canManageSettings } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";

export interface LastBackup {
  completedAt: Date;
  fileName: string;
  bytes: number;
  provider: string;
  durationMs: number;
}

/** The most recent recorded backup, or null. Admins only: file names and sizes are the server's business. */
export async function getLastBackup(actor: Pick<SessionUser, "id" | "role">): Promise<LastBackup | null> {
  assertAllowed(canManageSettings(actor), "Only admins can see the backups.");
  const row = await db.backup.findFirst({ orderBy: { completedAt: "desc" } });
  if (!row) return null;
  return {
    completedAt: row.completedAt,
    fileName: row.fileName,
    bytes: Number(row.bytes),
    provider: row.provider,
    durationMs: row.durationMs,
  };
}
