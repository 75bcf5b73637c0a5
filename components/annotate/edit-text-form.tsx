"use client";

import Link from "next/link";
import { useState } from "react";
import { Button, Field, FormError, TextArea, TextInput } from "@/components/ui/form-controls";
import type { RevisionOutcome } from "@/lib/data/articles/revise-article-text";
import { REVISION_NOTE_MAX } from "@/lib/schemas/article";
import { callApi } from "./api-client";
import { useFormSubmission } from "./use-form-submission";
import { HydratedForm } from "@/components/ui/hydrated-form";

/**
 * Corrects the article text. Saving creates a new revision and re-anchors
 * every claim; the outcome says how many claims moved and which need an
 * editor to re-attach them.
 */
export function EditTextForm({
  articleId,
  revision,
  text,
}: {
  articleId: string;
  revision: number;
  text: string;
}) {
  const [draft, setDraft] = useState(text);
  const [note, setNote] = useState("");
  const [outcome, setOutcome] = useState<RevisionOutcome | null>(null);
  const { pending, errors, message, submit } = useFormSubmission(async () => {
    const body = { baseRevision: revision, text: draft, note };
    setOutcome(
      (await callApi<{ outcome: RevisionOutcome }>("PATCH", `/api/v1/articles/${articleId}`, body)).outcome,
    );
  });

  if (outcome) return <RevisionSaved articleId={articleId} outcome={outcome} />;

  return (
    <HydratedForm onSubmit={submit} className="space-y-4" noValidate>
      <Field
        id="article-text"
        label="Article text"
        hint="Separate paragraphs with a blank line. Claims are re-anchored when you save."
        error={errors.text}
      >
        <TextArea
          id="article-text"
          hasHint
          error={errors.text}
          rows={24}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          className="mt-1 w-full rounded border border-stone-400 bg-white px-3 py-2 font-serif leading-relaxed focus:outline-2 focus:outline-blue-700"
        />
      </Field>
      <Field
        id="revision-note"
        label="Note about this change (optional)"
        hint="For example: Corrected the date of the defence pact."
        error={errors.note}
      >
        <TextInput
          id="revision-note"
          hasHint
          error={errors.note}
          maxLength={REVISION_NOTE_MAX + 50}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Field>
      <FormError message={message} />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving and re-anchoring claims…" : "Save new revision"}
        </Button>
        <Link
          href={`/articles/${articleId}`}
          className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100"
        >
          Cancel
        </Link>
      </div>
    </HydratedForm>
  );
}

function RevisionSaved({ articleId, outcome }: { articleId: string; outcome: RevisionOutcome }) {
  const kept = Object.values(outcome.anchored).reduce((sum, n) => sum + n, 0);
  return (
    <div
      role="status"
      className="space-y-3 rounded-md border border-emerald-300 bg-emerald-50 p-4"
      data-testid="revision-outcome"
    >
      <h2 className="font-semibold">Saved revision {outcome.revision}</h2>
      <p>
        {kept} {kept === 1 ? "claim was" : "claims were"} re-anchored ({outcome.anchored.unchanged} unchanged,{" "}
        {outcome.anchored.mapped + outcome.anchored.searched + outcome.anchored.fuzzy} moved or adjusted).
      </p>
      {outcome.orphaned.length > 0 ? (
        <div>
          <p className="font-medium text-amber-950">
            {outcome.orphaned.length} {outcome.orphaned.length === 1 ? "claim needs" : "claims need"}{" "}
            re-anchoring:
          </p>
          <ul className="ml-5 list-disc">
            {outcome.orphaned.map((orphan) => (
              <li key={orphan.id}>
                “{orphan.statement}” — {orphan.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Link
        href={`/articles/${articleId}`}
        className="inline-block rounded bg-blue-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-900"
      >
        Back to the article
      </Link>
    </div>
  );
}
