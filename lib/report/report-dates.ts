import type { ReportModel } from "./report-model";

/*
 * Dates in reports are written out in English ("30 April 2025") and always
 * in UTC, so the same model renders the same bytes on any server.
 */

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const timeFormat = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
});

/** When the report speaks for: its publication if published, else when it was generated (ISO). */
export function reportDateOf(model: Pick<ReportModel, "publication" | "generatedAt">): string {
  return model.publication?.publishedAt ?? model.generatedAt;
}

/** "2025-04-30" for an ISO timestamp or date; null when it is not a date. */
export function toDay(value: string | null): string | null {
  const date = parseDate(value);
  return date ? date.toISOString().slice(0, 10) : null;
}

/** "30 April 2025" for an ISO timestamp or YYYY-MM-DD; the input itself when it is not a date. */
export function formatDay(value: string): string {
  const date = parseDate(value);
  return date ? dayFormat.format(date) : value;
}

/** "30 April 2025, 09:05 UTC"; the input itself when it is not a date. */
export function formatTimestamp(value: string): string {
  const date = parseDate(value);
  return date ? `${dayFormat.format(date)}, ${timeFormat.format(date)} UTC` : value;
}

function parseDate(value: string | null): Date | null {
  if (!value) return null;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}
