import { LocalTime } from "@/components/ui/local-time";

/** A moment in the reader's time zone (UTC on hover), or `none` when there is no date. */
export function When({ value, none }: { value: string | null; none: string }) {
  if (!value) return <span className="text-stone-700">{none}</span>;
  return <LocalTime value={value} />;
}
