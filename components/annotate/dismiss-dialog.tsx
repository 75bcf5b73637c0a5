"use client";

import { useState, type FormEvent } from "react";
import { Button, Field, FormError, TextArea } from "@/components/ui/form-controls";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { formErrorsOf } from "./api-client";

/** Asks why a claim is not worth checking; the reason is kept with the claim. */
export function DismissDialog({
  onSubmit,
  onClose,
}: {
  onSubmit: (reason: string) => Promise<void>;
  onClose: () => void;
}) {
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    try {
      await onSubmit(reason);
    } catch (failure) {
      const { fields, message } = formErrorsOf(failure);
      setError(fields["dismissal.reason"]);
      setMessage(message);
      setPending(false);
    }
  }

  return (
    <ModalDialog title="Dismiss claim as not check-worthy" onClose={onClose}>
      <form onSubmit={submit} className="space-y-4" noValidate>
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
        <FormError message={message} />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={pending}>
            Dismiss claim
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
