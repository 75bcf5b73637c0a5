"use client";

import { Button } from "@/components/ui/form-controls";
import { RatingChip } from "@/components/status/rating-chip";
import type { RatingView } from "@/lib/data/ratings/rating-view";

export type RatingAction = "edit" | "up" | "down" | "retire" | "restore";

/** The id of a row's button, so focus can follow a rating after it moves. */
export const actionButtonId = (rating: RatingView, action: RatingAction) => `rating-${action}-${rating.id}`;

const cell = "border-b border-stone-200 px-3 py-2 align-top";

/**
 * The ratings as a table: chip (colour, short code and label, so colour is
 * never the only signal), number, definition and what the admin can do.
 * Active ratings can move; retired ones can only be restored.
 */
export function RatingTable({
  caption,
  ratings,
  retired = false,
  pending,
  onAction,
}: {
  caption: string;
  ratings: RatingView[];
  retired?: boolean;
  pending: boolean;
  onAction: (rating: RatingView, action: RatingAction) => void;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="px-3 pt-3 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="text-stone-700">
            <th scope="col" className={cell}>
              Rating
            </th>
            <th scope="col" className={cell}>
              Number
            </th>
            <th scope="col" className={cell}>
              Definition
            </th>
            <th scope="col" className={cell}>
              Actions
            </th>
          </tr>
        </thead>
        <tbody>
          {ratings.map((rating, index) => (
            <tr key={rating.id} data-testid="rating-row" data-rating-key={rating.key}>
              <th scope="row" className={`${cell} font-normal`}>
                <RatingChip rating={{ ...rating, approved: true }} />
              </th>
              <td className={cell}>{rating.value ?? <span className="text-stone-700">None</span>}</td>
              <td className={cell}>{rating.definition}</td>
              <td className={cell}>
                <div
                  className="flex gap-1.5 whitespace-nowrap"
                  role="group"
                  aria-label={`Actions for ${rating.label}`}
                >
                  {retired ? (
                    <ActionButton rating={rating} action="restore" disabled={pending} onAction={onAction}>
                      Restore
                    </ActionButton>
                  ) : (
                    <>
                      <ActionButton rating={rating} action="edit" disabled={pending} onAction={onAction}>
                        Edit
                      </ActionButton>
                      <ActionButton
                        rating={rating}
                        action="up"
                        disabled={pending || index === 0}
                        onAction={onAction}
                      >
                        <span aria-hidden="true">↑ </span>Up
                      </ActionButton>
                      <ActionButton
                        rating={rating}
                        action="down"
                        disabled={pending || index === ratings.length - 1}
                        onAction={onAction}
                      >
                        <span aria-hidden="true">↓ </span>Down
                      </ActionButton>
                      <ActionButton rating={rating} action="retire" disabled={pending} onAction={onAction}>
                        Retire
                      </ActionButton>
                    </>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const accessibleNames: Record<RatingAction, (label: string) => string> = {
  edit: (label) => `Edit ${label}`,
  up: (label) => `Move ${label} up`,
  down: (label) => `Move ${label} down`,
  retire: (label) => `Retire ${label}`,
  restore: (label) => `Restore ${label}`,
};

/** A row's button, named with the rating ("Move True up") so it makes sense out of the table. */
function ActionButton({
  rating,
  action,
  disabled,
  onAction,
  children,
}: {
  rating: RatingView;
  action: RatingAction;
  disabled: boolean;
  onAction: (rating: RatingView, action: RatingAction) => void;
  children: React.ReactNode;
}) {
  return (
    <Button
      id={actionButtonId(rating, action)}
      variant="secondary"
      aria-label={accessibleNames[action](rating.label)}
      disabled={disabled}
      onClick={() => onAction(rating, action)}
    >
      {children}
    </Button>
  );
}
