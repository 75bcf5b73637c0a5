import type { SourceView } from "@/lib/data/claims/get-claim-detail";
import { isSafeHttpUrl } from "@/lib/article/format";

// An access date is a calendar day (entered as YYYY-MM-DD, stored at midnight UTC), not a moment:
// read in UTC it stays the day the reviewer entered in every time zone.
const day = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** Numbered sources with their domain, publisher, access date, excerpt and archive link. */
export function SourceList({ sources }: { sources: SourceView[] }) {
  if (sources.length === 0) return <p className="text-sm text-stone-700">No sources cited yet.</p>;
  return (
    <ol className="ml-5 list-decimal space-y-2 text-sm" aria-label="Sources">
      {sources.map((source, index) => (
        <li key={`${source.url}-${index}`}>
          {isSafeHttpUrl(source.url) ? (
            <a href={source.url} className="font-medium underline" rel="nofollow noopener noreferrer">
              {source.title}
            </a>
          ) : (
            <span className="font-medium">{source.title}</span>
          )}
          <span className="text-stone-700">
            {" "}
            — {source.publisher ? `${source.publisher}, ` : ""}
            <span data-testid="source-domain">{source.domain}</span>
            {source.accessedAt ? `, accessed ${day.format(source.accessedAt)}` : ""}
          </span>
          {isSafeHttpUrl(source.archiveUrl) ? (
            <>
              {" · "}
              <a href={source.archiveUrl} className="underline" rel="nofollow noopener noreferrer">
                archived copy
              </a>
            </>
          ) : null}
          {source.excerpt ? (
            <blockquote className="mt-1 border-l-2 border-stone-300 pl-2 text-stone-700">
              “{source.excerpt}”
            </blockquote>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
