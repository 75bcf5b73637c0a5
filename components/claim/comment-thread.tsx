"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/annotate/api-client";
import { useFormSubmission } from "@/components/annotate/use-form-submission";
import { Button, Field, FormError, TextArea } from "@/components/ui/form-controls";
import { HydratedForm } from "@/components/ui/hydrated-form";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

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
  const router = useRouter();
  const [body, setBody] = useState("");
  const { pending, errors, message, submit } = useFormSubmission(async () => {
    await callApi("POST", `/api/v1/claims/${claimId}/comments`, { body });
    setBody("");
    router.refresh();
  });
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
              <strong>{comment.authorName}</strong> · {when.format(comment.createdAt)} UTC
            </p>
            <p className="mt-1 whitespace-pre-wrap">{comment.body}</p>
          </li>
        ))}
      </ol>
      {canComment ? (
        <HydratedForm onSubmit={submit} className="space-y-2" noValidate>
          <Field id="comment-body" label="Add a comment" error={errors.body}>
            <TextArea
              id="comment-body"
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
      ) : null}
    </div>
  );
}
