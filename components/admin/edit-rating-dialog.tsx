"use client";

import { useState } from "react";
import { useFormSubmission } from "@/components/annotate/use-form-submission";
import { DialogFooter } from "@/components/ui/form-controls";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { AppError } from "@/lib/errors/app-error";
import type { RatingView } from "@/lib/data/ratings/rating-view";
import { fieldValuesOf, RatingFields, ratingBodyOf } from "./rating-fields";
import { requestUpdateRating } from "./rating-requests";
import { HydratedForm } from "@/components/ui/hydrated-form";

/**
 * Edits one rating. When someone else changed it meanwhile, the server
 * refuses with the current rating: the form then shows that version, so the
 * admin re-applies the change to what is really there.
 */
export function EditRatingDialog({
  rating,
  onSaved,
  onConflict,
  onClose,
}: {
  rating: RatingView;
  onSaved: (rating: RatingView) => void;
  onConflict: (current: RatingView) => void;
  onClose: () => void;
}) {
  const [fields, setFields] = useState(() => fieldValuesOf(rating));
  const { pending, errors, message, submit } = useFormSubmission(async () => {
    try {
      onSaved(await requestUpdateRating(rating, ratingBodyOf(fields)));
      onClose();
    } catch (error) {
      const current = error instanceof AppError && error.code === "CONFLICT" ? error.details?.current : null;
      if (current) {
        onConflict(current as RatingView);
        setFields(fieldValuesOf(current as RatingView));
      }
      throw error;
    }
  });
  return (
    <ModalDialog title={`Edit “${rating.label}”`} onClose={onClose}>
      <HydratedForm onSubmit={submit} className="space-y-4" noValidate>
        <RatingFields idPrefix="edit-rating" fields={fields} errors={errors} onChange={setFields} />
        <DialogFooter
          message={message}
          onCancel={onClose}
          submitLabel={pending ? "Saving…" : "Save changes"}
          pending={pending}
        />
      </HydratedForm>
    </ModalDialog>
  );
}
