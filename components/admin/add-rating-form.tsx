"use client";

import { useState } from "react";
import { useFormSubmission } from "@/components/annotate/use-form-submission";
import { Button, FormError } from "@/components/ui/form-controls";
import type { RatingView } from "@/lib/data/ratings/rating-view";
import { emptyRatingFields, RatingFields, ratingBodyOf } from "./rating-fields";
import { requestCreateRating } from "./rating-requests";
import { HydratedForm } from "@/components/ui/hydrated-form";

/** A new rating, added at the end of the scale. */
export function AddRatingForm({ onAdded }: { onAdded: (rating: RatingView) => void }) {
  const [fields, setFields] = useState(emptyRatingFields);
  const { pending, errors, message, submit } = useFormSubmission(async () => {
    onAdded(await requestCreateRating(ratingBodyOf(fields)));
    setFields(emptyRatingFields);
  });
  return (
    <section aria-labelledby="add-rating-heading" className="rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="add-rating-heading" className="text-lg font-semibold">
        Add a rating
      </h2>
      <p className="mb-4 text-sm text-stone-700">
        It goes at the end of the scale. Its key comes from the label and never changes.
      </p>
      <HydratedForm onSubmit={submit} className="space-y-4" noValidate>
        <RatingFields idPrefix="new-rating" fields={fields} errors={errors} onChange={setFields} />
        <FormError message={message} />
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add rating"}
        </Button>
      </HydratedForm>
    </section>
  );
}
