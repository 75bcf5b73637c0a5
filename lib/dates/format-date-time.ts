/**
 * Dates and times as the app shows them. The server knows no reader's time
 * zone, so it writes UTC; the browser then rewrites them in the reader's
 * zone (components/ui/local-time.tsx), keeping UTC on hover. Exports and
 * reports always use UTC (lib/report/report-dates.ts).
 */

export type DateTimeStyle = "dateTime" | "day";

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(style: DateTimeStyle, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${style}|${timeZone ?? ""}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      ...(style === "day" ? { dateStyle: "medium" } : { dateStyle: "medium", timeStyle: "short" }),
      ...(timeZone ? { timeZone } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

/** "3 Dec 2026, 15:09 UTC". */
export function formatUtc(date: Date, style: DateTimeStyle = "dateTime"): string {
  return `${formatFor(style, "UTC").format(date)}${style === "day" ? "" : " UTC"}`;
}

/**
 * "3 Dec 2026, 10:09 GMT-5" in `timeZone` (the runtime's own zone when
 * left out), naming the zone so a reader never mistakes it for UTC.
 */
export function formatInZone(date: Date, style: DateTimeStyle = "dateTime", timeZone?: string): string {
  if (style === "day") return formatFor(style, timeZone).format(date);
  const zone = new Intl.DateTimeFormat("en-GB", { timeZoneName: "short", ...(timeZone ? { timeZone } : {}) })
    .formatToParts(date)
    .find((part) => part.type === "timeZoneName")?.value;
  const text = formatFor(style, timeZone).format(date);
  return zone ? `${text} ${zone}` : text;
}
