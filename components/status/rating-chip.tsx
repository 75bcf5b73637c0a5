import type { DisplayedRating } from "@/lib/review/displayed-ratings";

/** A verdict rating: colour, short code and label, marked when only proposed. */
export function RatingChip({ rating }: { rating: DisplayedRating }) {
  return (
    <span
      className="inline-flex items-center gap-1 rounded border bg-white px-1.5 py-0.5 text-xs font-medium"
      style={{ borderColor: rating.color, color: rating.color }}
      data-rating={rating.key}
    >
      <span
        className="rounded-sm px-1 text-[0.65rem] font-bold text-white"
        style={{ backgroundColor: rating.color }}
        aria-hidden="true"
      >
        {rating.shortCode}
      </span>
      <span>
        {rating.label}
        {rating.approved ? "" : " (proposed)"}
      </span>
    </span>
  );
}
