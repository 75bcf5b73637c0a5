"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/annotate/api-client";
import { useFormSubmission } from "@/components/annotate/use-form-submission";
import { Button, Field, FormError, TextArea } from "@/components/ui/form-controls";
import { HydratedForm } from "@/components/ui/hydrated-form";
import { LocalTime } from "@/components/ui/local-time";

/** The claim's discussion. Comments are plain text, shown as typed (never as HTML). */
export function CommentThread({
  claimId,
  comments,
  canComment,
}: {
  claimId: string;
  comments: Array<{ id: string; authorName: string; body: string; createdAt: Date }>;
  canComment: boolean;
}) {
  return (
    <div className="space-y-3">
      {comments.length === 0 ? <p className="text-sm text-stone-700">No comments yet.</p> : null}
      <ol className="space-y-2" aria-label="Comments">
        {comments.map((comment) => (
          <li
            key={comment.id}
            id={`comment-${comment.id}`}
            className="rounded border border-stone-200 bg-white p-3 text-sm"
          >
            <p className="text-xs text-stone-700">
              <strong>{comment.authorName}</strong> · <LocalTime value={comment.createdAt} />
            </p>
            <p className="mt-1 whitespace-pre-wrap">{comment.body}</p>
          </li>
        ))}
      </ol>
      {canComment ? <CommentForm claimId={claimId} /> : null}
    </div>
  );
}

/**
 * Posts a comment to the claim's discussion, then refreshes the page's data.
 * Also used in place on the article page's claim cards; `idPrefix` keeps its
 * field id unique there.
 */
export function CommentForm({
  claimId,
  idPrefix = "comment",
  onPosted,
}: {
  claimId: string;
  idPrefix?: string;
  onPosted?: () => void;
}) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const { pending, errors, message, submit } = useFormSubmission(async () => {
    await callApi("POST", `/api/v1/claims/${claimId}/comments`, { body });
    setBody("");
    onPosted?.();
    router.refresh();
  });
  const id = `${idPrefix}-body`;
  return (
    <HydratedForm onSubmit={submit} className="space-y-2" noValidate>
      <Field id={id} label="Add a comment" error={errors.body}>
        <TextArea
          id={id}
          error={errors.body}
          rows={3}
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
      </Field>
      <FormError message={message} />
      <Button type="submit" disabled={pending}>
        Post comment
      </Button>
    </HydratedForm>
  );
}
