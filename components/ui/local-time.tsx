"use client";

import { formatInZone, formatUtc, type DateTimeStyle } from "@/lib/dates/format-date-time";
import { useHydrated } from "./use-hydrated";

interface LocalTimeProps {
  value: Date | string;
  /** "dateTime" (default) or "day". */
  format?: DateTimeStyle;
  className?: string;
}

/**
 * A moment in the reader's time zone, with UTC on hover. The server HTML
 * (and the first client render, so hydration matches) shows UTC; the
 * browser then switches to its own zone.
 */
export function LocalTime({ value, format = "dateTime", className }: LocalTimeProps) {
  const hydrated = useHydrated();
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return <span className={className}>{String(value)}</span>;
  const utc = formatUtc(date, format);
  return (
    <time dateTime={date.toISOString()} title={utc} className={className}>
      {hydrated ? formatInZone(date, format) : utc}
    </time>
  );
}
