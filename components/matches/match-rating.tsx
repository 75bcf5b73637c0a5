import { RatingChip } from "@/components/status/rating-chip";
import type { ArchiveEntryView } from "@/lib/data/matches/match-types";

/**
 * An archive entry's rating. The newsroom's own ratings show as the app's
 * chip; an imported fact-check's rating is its publisher's words, shown in
 * a neutral bordered chip that names whose rating it is (no colour to read).
 */
export function MatchRating({
  rating,
  publisher,
}: {
  rating: ArchiveEntryView["rating"];
  publisher: string;
}) {
  if (rating.key && rating.color && rating.shortCode)
    return (
      <RatingChip
        rating={{
          key: rating.key,
          label: rating.label,
          shortCode: rating.shortCode,
          color: rating.color,
          approved: true,
        }}
      />
    );
  return (
    <span className="inline-flex items-center rounded border border-stone-500 bg-white px-1.5 py-0.5 text-xs font-medium text-stone-900">
      <span className="sr-only">{publisher}&apos;s rating: </span>
      {rating.label}
    </span>
  );
}
