/*
 * Due dates are days, not instants: stored as the day at 00:00 UTC (as the
 * article's publication date is), shown and sent as YYYY-MM-DD, so a date
 * never shifts with the reader's time zone. A claim is overdue from the day
 * after its due day (UTC): due today is not late yet.
 */

/** The stored value for a YYYY-MM-DD day, or null. */
export function dueDayToDate(day: string | null): Date | null {
  return day === null ? null : new Date(`${day}T00:00:00Z`);
}

/** The YYYY-MM-DD day a stored due date stands for, or null. */
export function dateToDueDay(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** True when the due day is before today's (UTC) day. */
export function isOverdue(dueDay: string | null, now: Date): boolean {
  return dueDay !== null && dueDay < now.toISOString().slice(0, 10);
}

export interface DatedWork {
  dueAt: string | null;
  createdAt: Date;
  id: string;
}

/**
 * The order of someone's work: overdue first, then by due day (soonest
 * first), undated last, and within each the oldest first (id breaks ties so
 * the order is stable between reads).
 */
export function compareDueWork(a: DatedWork, b: DatedWork): number {
  if (a.dueAt !== b.dueAt) {
    if (a.dueAt === null) return 1;
    if (b.dueAt === null) return -1;
    return a.dueAt < b.dueAt ? -1 : 1;
  }
  return a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** "24 December 2026" for a due day: the day itself, whatever the reader's time zone. */
export function formatDueDay(day: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${day}T00:00:00Z`));
}
