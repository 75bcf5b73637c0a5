import { formatBackupAge, formatBackupSize, isBackupStale } from "@/lib/backup/format-backup";
import type { LastBackup } from "@/lib/data/backups/last-backup";
import { LocalTime } from "@/components/ui/local-time";

/**
 * When the database was last backed up (`npm run backup` records each one),
 * so an admin notices a schedule that stopped. Staleness is said in words,
 * not only in colour.
 */
export function LastBackupPanel({ backup, now }: { backup: LastBackup | null; now: Date }) {
  const stale = backup !== null && isBackupStale(backup.completedAt, now);
  return (
    <section aria-labelledby="backups-heading" className="mt-10" data-testid="last-backup">
      <h2 id="backups-heading" className="mb-2 text-lg font-semibold">
        Backups
      </h2>
      {backup === null ? (
        <p className="rounded border border-amber-700 bg-amber-50 p-3 text-stone-900">
          <strong>No backup has been recorded.</strong> Run <code>npm run backup</code> on the server, and
          schedule it daily (the README shows how with cron or a systemd timer).
        </p>
      ) : (
        <div
          className={
            stale
              ? "rounded border border-amber-700 bg-amber-50 p-3 text-stone-900"
              : "rounded border border-stone-300 p-3 text-stone-900"
          }
        >
          <p>
            <strong>Last backup:</strong> <LocalTime value={backup.completedAt} /> (
            {formatBackupAge(backup.completedAt, now)})
          </p>
          <p className="mt-1 text-sm text-stone-700">
            {backup.fileName}, {formatBackupSize(backup.bytes)},{" "}
            {backup.provider === "postgresql" ? "PostgreSQL" : "SQLite"}
          </p>
          {stale && (
            <p className="mt-2 font-medium">
              Warning: the last backup is more than a day old. Check that the scheduled backup still runs.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
