"use client";

import { toSafeColor } from "@/lib/report/escape";

export interface RatingOption {
  key: string;
  label: string;
  shortCode: string;
  color: string;
  definition: string;
}

/** The rating scale as a radio group, each rating with its short code and one-line definition. */
export function RatingChoice({
  ratings,
  value,
  error,
  onChange,
}: {
  ratings: RatingOption[];
  value: string;
  error?: string;
  onChange: (key: string) => void;
}) {
  return (
    <fieldset aria-describedby={error ? "rating-error" : undefined} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium">Rating</legend>
      <div className="mt-1 grid gap-1.5 sm:grid-cols-2">
        {ratings.map((rating) => (
          <label
            key={rating.key}
            className="flex cursor-pointer items-start gap-2 rounded border border-stone-200 bg-white p-2 text-sm has-[:checked]:border-blue-700 has-[:checked]:ring-1 has-[:checked]:ring-blue-700"
          >
            <input
              type="radio"
              name="rating"
              value={rating.key}
              checked={value === rating.key}
              onChange={() => onChange(rating.key)}
              className="mt-1"
            />
            <span>
              <span className="inline-flex items-center gap-1 font-medium">
                <span
                  className="rounded-sm px-1 text-[0.65rem] font-bold text-white"
                  style={{ backgroundColor: toSafeColor(rating.color) }}
                  aria-hidden="true"
                >
                  {rating.shortCode}
                </span>
                {rating.label}
              </span>
              <span className="block text-xs text-stone-700">{rating.definition}</span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id="rating-error" className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
