"use client";

import { useEffect, useRef, useState } from "react";
import { useFormSubmission } from "@/components/annotate/use-form-submission";
import { Button, Field, FormError, TextInput } from "@/components/ui/form-controls";
import { CHECK_WORTHY_THRESHOLD } from "@/lib/check-worthiness/threshold";
import type { EditableSettings } from "@/lib/data/settings/get-settings";
import { ORGANIZATION_NAME_MAX } from "@/lib/schemas/settings";
import { requestUpdateSettings } from "./rating-requests";
import { HydratedForm } from "@/components/ui/hydrated-form";

type Fields = Record<
  | "approvalThreshold"
  | "minSourcesToSubmit"
  | "suggestionThreshold"
  | "organizationName"
  | "organizationUrl"
  | "organizationLogoUrl",
  string
> & {
  showReviewerNames: boolean;
};

function fieldsOf(settings: EditableSettings): Fields {
  return {
    approvalThreshold: String(settings.approvalThreshold),
    minSourcesToSubmit: String(settings.minSourcesToSubmit),
    suggestionThreshold: String(settings.suggestionThreshold),
    organizationName: settings.organizationName,
    organizationUrl: settings.organizationUrl ?? "",
    organizationLogoUrl: settings.organizationLogoUrl ?? "",
    showReviewerNames: settings.showReviewerNames,
  };
}

/** A number as typed, for the server to validate: an empty box is null, so it gets a field error too. */
const numberOrNull = (value: string) => (value.trim() === "" ? null : Number(value));

/** The review workflow's rules, the suggestions' threshold and how published reports name the organisation. */
export function SettingsForm({ initial }: { initial: EditableSettings }) {
  const [fields, setFields] = useState(() => fieldsOf(initial));
  const [saved, setSaved] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.setAttribute("data-hydrated", "true"), []);
  const { pending, errors, message, submit } = useFormSubmission(async () => {
    setSaved("");
    const settings = await requestUpdateSettings({
      ...fields,
      approvalThreshold: numberOrNull(fields.approvalThreshold),
      minSourcesToSubmit: numberOrNull(fields.minSourcesToSubmit),
      suggestionThreshold: numberOrNull(fields.suggestionThreshold),
    });
    setFields(fieldsOf(settings));
    setSaved("Settings saved.");
  });
  const text = (name: Exclude<keyof Fields, "showReviewerNames">) => ({
    id: name,
    error: errors[name],
    value: fields[name],
    onChange: (event: { target: { value: string } }) => setFields({ ...fields, [name]: event.target.value }),
  });

  return (
    <HydratedForm
      ref={formRef}
      onSubmit={submit}
      className="max-w-xl space-y-5"
      noValidate
      data-testid="settings-form"
    >
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">Review workflow</legend>
        <Field
          id="approvalThreshold"
          label="Approvals needed"
          hint="How many reviewers must approve a verdict, 1 to 10."
          error={errors.approvalThreshold}
        >
          <TextInput
            {...text("approvalThreshold")}
            hasHint
            type="number"
            inputMode="numeric"
            min={1}
            max={10}
          />
        </Field>
        <Field
          id="minSourcesToSubmit"
          label="Sources needed to submit"
          hint="Evidence sources a verdict needs before it can be submitted, 0 to 20."
          error={errors.minSourcesToSubmit}
        >
          <TextInput
            {...text("minSourcesToSubmit")}
            hasHint
            type="number"
            inputMode="numeric"
            min={0}
            max={20}
          />
        </Field>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">Suggested claims</legend>
        <Field
          id="suggestionThreshold"
          label="Suggestion threshold"
          hint={`Sentences scoring at least this, from 0.05 to 0.95, are suggested as claims: lower suggests more. The model's own default is ${CHECK_WORTHY_THRESHOLD}; leave empty to use it.`}
          error={errors.suggestionThreshold}
        >
          <TextInput
            {...text("suggestionThreshold")}
            hasHint
            type="number"
            inputMode="decimal"
            min={0.05}
            max={0.95}
            step={0.01}
          />
        </Field>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">Published reports</legend>
        <Field id="organizationName" label="Organisation name" error={errors.organizationName}>
          <TextInput {...text("organizationName")} maxLength={ORGANIZATION_NAME_MAX + 20} />
        </Field>
        <Field
          id="organizationUrl"
          label="Organisation web address"
          hint="Starts with https:// or http://. Leave empty for none."
          error={errors.organizationUrl}
        >
          <TextInput
            {...text("organizationUrl")}
            hasHint
            type="url"
            inputMode="url"
            placeholder="https://example.org"
          />
        </Field>
        <Field
          id="organizationLogoUrl"
          label="Organisation logo address"
          hint="The web address of your logo image, starting with https://. Used in the search-engine markup (ClaimReview) of published reports, where fact-check services can show it. Leave empty for none."
          error={errors.organizationLogoUrl}
        >
          <TextInput
            {...text("organizationLogoUrl")}
            hasHint
            type="url"
            inputMode="url"
            placeholder="https://example.org/logo.png"
          />
        </Field>
        <div>
          <label className="flex items-center gap-2 text-sm font-medium">
            <input
              type="checkbox"
              id="showReviewerNames"
              name="showReviewerNames"
              checked={fields.showReviewerNames}
              onChange={(event) => setFields({ ...fields, showReviewerNames: event.target.checked })}
              aria-describedby="showReviewerNames-hint"
              className="h-4 w-4 accent-blue-800"
            />
            Show reviewers’ names
          </label>
          <p id="showReviewerNames-hint" className="mt-1 text-xs text-stone-700">
            When unchecked, reports credit the organisation instead of the people who reviewed each verdict.
          </p>
          {errors.showReviewerNames ? (
            <p className="mt-1 text-sm font-medium text-red-800">{errors.showReviewerNames}</p>
          ) : null}
        </div>
      </fieldset>
      <FormError message={message} />
      <p role="status" className="min-h-5 text-sm font-medium text-emerald-800">
        {saved}
      </p>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </HydratedForm>
  );
}
