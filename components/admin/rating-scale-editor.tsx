"use client";

import { useEffect, useRef, useState } from "react";
import { messageOf } from "@/components/annotate/api-client";
import { FormError } from "@/components/ui/form-controls";
import type { RatingView } from "@/lib/data/ratings/rating-view";
import { AppError } from "@/lib/errors/app-error";
import { AddRatingForm } from "./add-rating-form";
import { EditRatingDialog } from "./edit-rating-dialog";
import { requestReorderRatings, requestUpdateRating } from "./rating-requests";
import { actionButtonId, RatingTable, type RatingAction } from "./rating-table";

/**
 * The admin's rating scale: the ratings reviewers choose from, in order,
 * then the retired ones, then a form to add one. Every change goes to the
 * server at once; the answer (or, on a conflict, the current state) replaces
 * what is shown, so the page never drifts from the database.
 */
export function RatingScaleEditor({ initialRatings }: { initialRatings: RatingView[] }) {
  const [ratings, setRatings] = useState(initialRatings);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  // Buttons are disabled while a request runs, which drops focus; put it back where the admin was.
  const focusAfterRender = useRef<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => rootRef.current?.setAttribute("data-hydrated", "true"), []);
  useEffect(() => {
    if (pending || !focusAfterRender.current) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });

  const active = ratings.filter((r) => r.retiredAt === null);
  const retired = ratings.filter((r) => r.retiredAt !== null);
  const editing = ratings.find((r) => r.id === editingId);
  const replace = (rating: RatingView) =>
    setRatings((list) => list.map((r) => (r.id === rating.id ? rating : r)));

  async function run(focusId: string, action: () => Promise<string>) {
    setPending(true);
    setError(null);
    focusAfterRender.current = focusId;
    try {
      setStatus(await action());
    } catch (failure) {
      setError(messageOf(failure));
      showCurrent(failure);
    }
    setPending(false);
  }

  /** A conflict carries the current rating or scale: show it, so the next try starts from the truth. */
  function showCurrent(failure: unknown) {
    const current =
      failure instanceof AppError && failure.code === "CONFLICT" ? failure.details?.current : null;
    if (Array.isArray(current)) setRatings(current as RatingView[]);
    else if (current) replace(current as RatingView);
  }

  function onAction(rating: RatingView, action: RatingAction) {
    if (action === "edit") return setEditingId(rating.id);
    if (action === "retire" || action === "restore") return void setRetired(rating, action === "retire");
    void move(rating, action);
  }

  function move(rating: RatingView, direction: "up" | "down") {
    const ids = active.map((r) => r.id);
    const from = ids.indexOf(rating.id);
    const to = direction === "up" ? from - 1 : from + 1;
    ids.splice(from, 1);
    ids.splice(to, 0, rating.id);
    const atEnd = to === 0 || to === ids.length - 1;
    const focus = atEnd
      ? actionButtonId(rating, direction === "up" ? "down" : "up")
      : actionButtonId(rating, direction);
    return run(focus, async () => {
      setRatings(await requestReorderRatings([...ids, ...retired.map((r) => r.id)]));
      return `Moved ${rating.label} ${direction} to position ${to + 1} of ${ids.length}.`;
    });
  }

  function setRetired(rating: RatingView, isRetiring: boolean) {
    return run(actionButtonId(rating, isRetiring ? "restore" : "retire"), async () => {
      replace(await requestUpdateRating(rating, { retired: isRetiring }));
      return isRetiring
        ? `Retired ${rating.label}. Verdicts that use it keep it; reviewers can no longer choose it.`
        : `Restored ${rating.label}. Reviewers can choose it again.`;
    });
  }

  return (
    <div ref={rootRef} className="space-y-6" data-testid="rating-scale">
      <div>
        <p role="status" className="min-h-5 text-sm font-medium text-emerald-800" data-testid="scale-status">
          {status}
        </p>
        <FormError message={error} />
      </div>
      <RatingTable
        caption="Ratings reviewers can choose, in order"
        ratings={active}
        pending={pending}
        onAction={onAction}
      />
      {retired.length > 0 ? (
        <section aria-labelledby="retired-heading" className="space-y-2">
          <h2 id="retired-heading" className="text-lg font-semibold">
            Retired ratings
          </h2>
          <p className="text-sm text-stone-700">
            Verdicts that used them still show them, but reviewers cannot choose them for new verdicts.
          </p>
          <RatingTable
            caption="Retired ratings"
            ratings={retired}
            retired
            pending={pending}
            onAction={onAction}
          />
        </section>
      ) : null}
      <AddRatingForm
        onAdded={(rating) => {
          setRatings((list) => [...list, rating]);
          setStatus(`Added ${rating.label} at the end of the scale.`);
        }}
      />
      {editing ? (
        <EditRatingDialog
          rating={editing}
          onSaved={(rating) => {
            replace(rating);
            setStatus(`Saved ${rating.label}.`);
          }}
          onConflict={replace}
          onClose={() => setEditingId(null)}
        />
      ) : null}
    </div>
  );
}
