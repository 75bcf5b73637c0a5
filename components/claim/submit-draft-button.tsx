"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi, messageOf } from "@/components/annotate/api-client";
import { Button, FormError } from "@/components/ui/form-controls";

/** Submits a draft verdict as it stands. */
export function SubmitDraftButton({ verdictId, lockVersion }: { verdictId: string; lockVersion: number }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <div>
      <Button
        disabled={pending}
        onClick={async () => {
          setPending(true);
          setMessage(null);
          try {
            await callApi("POST", `/api/v1/verdicts/${verdictId}/submission`, { baseVersion: lockVersion });
          } catch (error) {
            setMessage(messageOf(error));
          }
          setPending(false);
          router.refresh();
        }}
      >
        Submit for review
      </Button>
      <FormError message={message} />
    </div>
  );
}
