"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type ReactNode } from "react";
import { callApi } from "@/components/annotate/api-client";
import { useFormSubmission } from "@/components/annotate/use-form-submission";
import { Button, Field, FormError, TextArea, TextInput } from "@/components/ui/form-controls";
import { RATIONALE_MAX, SUMMARY_MAX } from "@/lib/schemas/verdict";
import { RatingChoice, type RatingOption } from "./rating-choice";
import { emptySource, SourceFields, type KnownSource, type SourceDraft } from "./source-fields";
import { HydratedForm } from "@/components/ui/hydrated-form";

export interface VerdictDraft {
  rating: string;
  summary: string;
  rationale: string;
  sources: SourceDraft[];
}

interface VerdictFormProps {
  claimId: string;
  /** Set when revising an existing verdict. */
  verdict?: { id: string; lockVersion: number; state: "draft" | "submitted" };
  initial?: VerdictDraft;
  ratings: RatingOption[];
  knownSources: KnownSource[];
  minSources: number;
  /** A new verdict started from a fact-check archive entry: its id, recorded as what the verdict is based on. */
  basedOn?: string;
  /** Shown above the fields (where a started verdict's values came from). */
  note?: ReactNode;
  onDone: () => void;
}

/**
 * Write or revise a verdict: rating, one-sentence summary, Markdown
 * rationale and sources. Drafts can be saved without sources; submitting
 * needs the minimum the admins set. On a conflict the form keeps the text.
 */
export function VerdictForm({
  claimId,
  verdict,
  initial,
  ratings,
  knownSources,
  minSources,
  basedOn,
  note,
  onDone,
}: VerdictFormProps) {
  const router = useRouter();
  const [draft, setDraft] = useState<VerdictDraft>(
    initial ?? { rating: "", summary: "", rationale: "", sources: [emptySource()] },
  );
  // Which button submitted the form; a ref, because the submit handler runs before a state update would land.
  const submitIntent = useRef(true);
  const { pending, errors, message, submit } = useFormSubmission(async () => {
    const body = {
      ...draft,
      sources: draft.sources.filter((source) => !isBlank(source)),
      submit: submitIntent.current,
    };
    try {
      if (verdict)
        await callApi("PATCH", `/api/v1/verdicts/${verdict.id}`, {
          ...body,
          baseVersion: verdict.lockVersion,
        });
      else await callApi("POST", `/api/v1/claims/${claimId}/verdicts`, basedOn ? { ...body, basedOn } : body);
    } finally {
      router.refresh();
    }
    onDone();
  });
  const setSource = (index: number, next: SourceDraft) =>
    setDraft({ ...draft, sources: draft.sources.map((s, i) => (i === index ? next : s)) });
  const resubmitting = verdict?.state === "submitted";

  return (
    <HydratedForm
      onSubmit={submit}
      className="space-y-4 rounded-md border border-stone-300 bg-stone-50 p-4"
      noValidate
      aria-label={verdict ? "Revise verdict" : "Write a verdict"}
      // The new verdict's form, which "Start a verdict from this" links to.
      id={verdict ? undefined : "verdict-form"}
    >
      {note}
      <datalist id="known-sources">
        {knownSources.map((source) => (
          <option key={source.url} value={source.url}>
            {source.title}
          </option>
        ))}
      </datalist>
      <RatingChoice
        ratings={ratings}
        value={draft.rating}
        error={errors.rating}
        onChange={(rating) => setDraft({ ...draft, rating })}
      />
      <Field
        id="verdict-summary"
        label="Summary"
        hint={`One sentence for the public report (up to ${SUMMARY_MAX} characters).`}
        error={errors.summary}
      >
        <TextInput
          id="verdict-summary"
          hasHint
          error={errors.summary}
          value={draft.summary}
          onChange={(e) => setDraft({ ...draft, summary: e.target.value })}
        />
      </Field>
      <Field
        id="verdict-rationale"
        label="Rationale"
        hint={`Markdown: **bold**, *italic*, lists and links. Up to ${RATIONALE_MAX.toLocaleString("en")} characters.`}
        error={errors.rationale}
      >
        <TextArea
          id="verdict-rationale"
          hasHint
          error={errors.rationale}
          rows={6}
          value={draft.rationale}
          onChange={(e) => setDraft({ ...draft, rationale: e.target.value })}
        />
      </Field>
      <div className="space-y-2">
        <h3 className="text-sm font-semibold">Sources</h3>
        <p className="text-xs text-stone-700">
          {minSources > 0
            ? `Submitting needs at least ${minSources} ${minSources === 1 ? "source" : "sources"}.`
            : "Sources are optional."}{" "}
          Start typing a URL to reuse a source already cited.
        </p>
        {errors.sources ? <p className="text-sm font-medium text-red-800">{errors.sources}</p> : null}
        {draft.sources.map((source, index) => (
          <SourceFields
            key={index}
            index={index}
            value={source}
            known={knownSources}
            errors={errors}
            onChange={(next) => setSource(index, next)}
            onRemove={() => setDraft({ ...draft, sources: draft.sources.filter((_, i) => i !== index) })}
          />
        ))}
        <Button
          variant="secondary"
          onClick={() => setDraft({ ...draft, sources: [...draft.sources, emptySource()] })}
        >
          Add a source
        </Button>
      </div>
      <FormError message={message} />
      <div className="flex flex-wrap gap-2">
        {resubmitting ? null : (
          <Button
            type="submit"
            variant="secondary"
            disabled={pending}
            onClick={() => (submitIntent.current = false)}
          >
            Save draft
          </Button>
        )}
        <Button type="submit" disabled={pending} onClick={() => (submitIntent.current = true)}>
          {resubmitting ? "Save new revision and resubmit" : "Submit for review"}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </HydratedForm>
  );
}

/** A source row the reviewer left empty (the pre-filled access date does not count). */
function isBlank(source: SourceDraft): boolean {
  return [source.url, source.title, source.publisher, source.excerpt, source.archiveUrl].every(
    (value) => !value.trim(),
  );
}
