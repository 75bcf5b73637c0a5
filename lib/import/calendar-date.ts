const ISO_DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/;

/** True for "YYYY-MM-DD" strings naming a day that exists (rejects 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split("-").map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The calendar date an ISO 8601 date or timestamp names, as "YYYY-MM-DD".
 * "2025-04-28T23:30:00-05:00" gives 2025-04-28: the date as the publisher
 * wrote it, not shifted to UTC, because that is the date readers saw.
 * Other formats ("April 28, 2025") give null rather than a guess that would
 * depend on the server's time zone.
 */
export function toCalendarDate(value: string | null | undefined): string | null {
  const date = ISO_DATE_PREFIX.exec(value?.trim() ?? "")?.[1];
  return date !== undefined && isCalendarDate(date) ? date : null;
}
