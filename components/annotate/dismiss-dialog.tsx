"use client";

import { useState } from "react";
import { DialogFooter, Field, TextArea } from "@/components/ui/form-controls";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { useFormSubmission } from "./use-form-submission";
import { HydratedForm } from "@/components/ui/hydrated-form";

/** Asks why a claim is not worth checking; the reason is kept with the claim. */
export function DismissDialog({
  onSubmit,
  onClose,
}: {
  onSubmit: (reason: string) => Promise<void>;
  onClose: () => void;
}) {
  const [reason, setReason] = useState("");
  const { pending, errors, message, submit } = useFormSubmission(() => onSubmit(reason));
  const error = errors["dismissal.reason"];

  return (
    <ModalDialog title="Dismiss claim as not check-worthy" onClose={onClose}>
      <HydratedForm onSubmit={submit} className="space-y-4" noValidate>
        <Field
          id="dismiss-reason"
          label="Reason"
          hint="For example: opinion, not a statement of fact."
          error={error}
        >
          <TextArea
            id="dismiss-reason"
            hasHint
            error={error}
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            autoFocus
          />
        </Field>
        <DialogFooter message={message} onCancel={onClose} submitLabel="Dismiss claim" pending={pending} />
      </HydratedForm>
    </ModalDialog>
  );
}
