import { formatUtc } from "@/lib/dates/format-date-time";

/** A YYYY-MM-DD day as the app writes days ("2 May 2024"), never shifted by the reader's time zone. */
export function EntryDay({ day }: { day: string }) {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return <span>{day}</span>;
  return <time dateTime={day}>{formatUtc(date, "day")}</time>;
}
