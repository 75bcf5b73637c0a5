"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/annotate/api-client";
import { useFormSubmission } from "@/components/annotate/use-form-submission";
import { Button, Field, FormError, TextArea } from "@/components/ui/form-controls";
import { HydratedForm } from "@/components/ui/hydrated-form";

/**
 * Approve a verdict revision, or request changes with a comment. Bound to
 * the revision shown. A reviewer who already approved it (canApprove false)
 * is offered only the request for changes, which withdraws the approval.
 */
export function ReviewForm({
  verdictId,
  version,
  lockVersion,
  canApprove,
}: {
  verdictId: string;
  version: number;
  lockVersion: number;
  canApprove: boolean;
}) {
  const router = useRouter();
  const [requesting, setRequesting] = useState(false);
  const [comment, setComment] = useState("");
  const send = useFormSubmission(async () => {
    try {
      await callApi("POST", `/api/v1/verdicts/${verdictId}/reviews`, {
        // The form is in one mode at a time: asking for changes, or approving.
        decision: requesting ? "request_changes" : "approve",
        comment,
        version,
        baseVersion: lockVersion,
      });
      setRequesting(false);
      setComment("");
    } finally {
      router.refresh();
    }
  });
  const id = `review-comment-${verdictId}`;

  return (
    <HydratedForm
      onSubmit={send.submit}
      className="space-y-2"
      noValidate
      aria-label={`Review revision ${version}`}
    >
      {requesting ? (
        <Field id={id} label="What needs to change?" error={send.errors.comment}>
          <TextArea
            id={id}
            error={send.errors.comment}
            rows={3}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            autoFocus
          />
        </Field>
      ) : null}
      <FormError message={send.message} />
      <div className="flex flex-wrap gap-2">
        {requesting ? (
          <>
            <Button type="submit" disabled={send.pending}>
              Send request for changes
            </Button>
            <Button variant="secondary" onClick={() => setRequesting(false)}>
              Cancel
            </Button>
          </>
        ) : (
          <>
            {canApprove ? (
              <Button type="submit" disabled={send.pending}>
                Approve revision {version}
              </Button>
            ) : null}
            <Button variant="secondary" onClick={() => setRequesting(true)}>
              Request changes
            </Button>
          </>
        )}
      </div>
    </HydratedForm>
  );
}
