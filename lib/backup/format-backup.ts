import { formatMegabytes } from "@/lib/import/format-limits";

/** 3355443 → "3.2 MB"; under a megabyte in kB ("368 kB"), so a small database does not read "0 MB". */
export function formatBackupSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : formatMegabytes(bytes);
}

/** A scheduled backup runs at least daily; an older last backup means the schedule stopped. */
export const STALE_BACKUP_MS = 26 * 60 * 60 * 1000;

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long ago a backup completed, in the largest whole unit: "just now", "5 minutes ago", "3 days ago". */
export function formatBackupAge(completedAt: Date, now: Date): string {
  const elapsed = Math.max(0, now.getTime() - completedAt.getTime());
  const [size, unit] = elapsed >= DAY ? [DAY, "day"] : elapsed >= HOUR ? [HOUR, "hour"] : [MINUTE, "minute"];
  const count = Math.floor(elapsed / size);
  if (count === 0) return "just now";
  return `${count} ${unit}${count === 1 ? "" : "s"} ago`;
}

/** True when the last backup is older than a daily schedule allows (STALE_BACKUP_MS). */
export const isBackupStale = (completedAt: Date, now: Date) =>
  now.getTime() - completedAt.getTime() > STALE_BACKUP_MS;
