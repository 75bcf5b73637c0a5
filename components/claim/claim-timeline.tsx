import { LocalTime } from "@/components/ui/local-time";
import type { TimelineEntry } from "@/lib/review/timeline";

/** Who did what and when, oldest first. */
export function ClaimTimeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0)
    return <p className="text-sm text-stone-700">Nothing has happened to this claim yet.</p>;
  return (
    <ol
      className="space-y-1.5 border-l-2 border-stone-300 pl-4 text-sm"
      aria-label="Timeline"
      data-testid="timeline"
    >
      {entries.map((entry) => (
        <li key={entry.id} data-kind={entry.kind}>
          <LocalTime value={entry.at} className="text-stone-600" /> — {entry.text}
        </li>
      ))}
    </ol>
  );
}
