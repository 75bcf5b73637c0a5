"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/annotate/api-client";
import { useFormSubmission } from "@/components/annotate/use-form-submission";
import { Button, Field, FormError, TextArea } from "@/components/ui/form-controls";
import { HydratedForm } from "@/components/ui/hydrated-form";

/** An editor picks the verdict that stands; the others are closed with the reason. */
export function ResolveDisputeForm({
  claimId,
  verdicts,
}: {
  claimId: string;
  verdicts: Array<{ id: string; label: string }>;
}) {
  const router = useRouter();
  const [keepVerdictId, setKeep] = useState("");
  const [reason, setReason] = useState("");
  const { pending, errors, message, submit } = useFormSubmission(async () => {
    try {
      await callApi("POST", `/api/v1/claims/${claimId}/resolution`, { keepVerdictId, reason });
    } finally {
      router.refresh();
    }
  });
  return (
    <HydratedForm
      onSubmit={submit}
      className="space-y-3 rounded-md border border-rose-300 bg-rose-50 p-4"
      noValidate
      aria-labelledby="resolve-heading"
    >
      <h3 id="resolve-heading" className="font-semibold text-rose-950">
        Resolve the dispute
      </h3>
      <fieldset>
        <legend className="text-sm font-medium">Verdict that stands</legend>
        {verdicts.map((verdict) => (
          <label key={verdict.id} className="mt-1 flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="keepVerdictId"
              value={verdict.id}
              checked={keepVerdictId === verdict.id}
              onChange={() => setKeep(verdict.id)}
            />
            {verdict.label}
          </label>
        ))}
        {errors.keepVerdictId ? (
          <p className="text-sm font-medium text-red-800">{errors.keepVerdictId}</p>
        ) : null}
      </fieldset>
      <Field id="resolve-reason" label="Reason" hint="Kept with the closed verdicts." error={errors.reason}>
        <TextArea
          id="resolve-reason"
          hasHint
          error={errors.reason}
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
      <FormError message={message} />
      <Button type="submit" disabled={pending}>
        Resolve dispute
      </Button>
    </HydratedForm>
  );
}
