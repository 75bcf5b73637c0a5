import { formatTimestamp } from "@/lib/report/report-dates";

/** A date in words (UTC), or `none` when there is no date. */
export function When({ value, none }: { value: string | null; none: string }) {
  if (!value) return <span className="text-stone-700">{none}</span>;
  return <time dateTime={value}>{formatTimestamp(value)}</time>;
}
