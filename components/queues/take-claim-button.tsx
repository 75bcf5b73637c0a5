"use client";

import { useRouter } from "next/navigation";
import { callApi } from "@/components/annotate/api-client";
import { useFormSubmission } from "@/components/annotate/use-form-submission";
import { Button, FormError } from "@/components/ui/form-controls";
import { HydratedForm } from "@/components/ui/hydrated-form";

/**
 * A reviewer takes a claim nobody owns. The server refuses it if someone
 * took it first (and says who); the page refreshes either way, so it shows
 * who has it now. `version`, when known, also refuses a claim changed since.
 */
export function TakeClaimButton({
  claimId,
  version,
  label = "Take this claim",
}: {
  claimId: string;
  version?: number;
  /** The accessible name: in a list, say which claim. */
  label?: string;
}) {
  const router = useRouter();
  const { pending, message, submit } = useFormSubmission(async () => {
    try {
      await callApi("POST", `/api/v1/claims/${claimId}/take`, version === undefined ? {} : { version });
    } finally {
      router.refresh();
    }
  });
  return (
    <HydratedForm onSubmit={submit} aria-label={label}>
      <Button type="submit" variant="secondary" disabled={pending} aria-label={label}>
        Take
      </Button>
      <FormError message={message} />
    </HydratedForm>
  );
}
