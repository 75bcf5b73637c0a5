import type { TimelineEntry } from "@/lib/review/timeline";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

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
          <time dateTime={entry.at.toISOString()} className="text-stone-600">
            {when.format(entry.at)} UTC
          </time>{" "}
          — {entry.text}
        </li>
      ))}
    </ol>
  );
}
