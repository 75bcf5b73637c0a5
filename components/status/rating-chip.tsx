import type { DisplayedRating } from "@/lib/review/displayed-ratings";
import { toSafeColor } from "@/lib/report/escape";

/**
 * A verdict rating: colour, short code and label, marked when only proposed.
 * The short code repeats the label for the eye only: it is hidden from
 * screen readers and left out of selections, so copying gives "True", not "TTrue".
 */
export function RatingChip({ rating }: { rating: DisplayedRating }) {
  // Server rendering writes style values into the attribute as they are: a stored colour such as
  // "#000;background:url(…)" would add declarations (and a request), so only #rgb/#rrggbb passes.
  const color = toSafeColor(rating.color);
  return (
    <span
      className="inline-flex items-center gap-1 rounded border bg-white px-1.5 py-0.5 text-xs font-medium"
      style={{ borderColor: color, color }}
      data-rating={rating.key}
    >
      <span
        className="rounded-sm px-1 text-[0.65rem] font-bold text-white select-none"
        style={{ backgroundColor: color }}
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
