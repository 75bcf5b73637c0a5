"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/annotate/api-client";
import { useFormSubmission } from "@/components/annotate/use-form-submission";
import { Button, Field, FormError, TextInput } from "@/components/ui/form-controls";
import { HydratedForm } from "@/components/ui/hydrated-form";
import { AppError } from "@/lib/errors/app-error";

interface Outcome {
  created: number;
  updated: number;
  unchanged: number;
  problems: string[];
}

/** Reads the chosen file as JSON in the browser, so a file that is not JSON is named before anything is sent. */
async function readJsonFile(file: File): Promise<unknown> {
  try {
    return JSON.parse(await file.text()) as unknown;
  } catch {
    const message = `${file.name} is not a JSON file. Choose ClaimReview JSON-LD or a JSON feed.`;
    throw new AppError("VALIDATION", message, { fields: { file: message } });
  }
}

/** Import ClaimReview fact-checks from a file or an address, and say what it did. */
export function ImportFactChecksForm() {
  const router = useRouter();
  const [source, setSource] = useState<"file" | "url">("file");
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState("");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { pending, errors, message, submit } = useFormSubmission(async () => {
    setOutcome(null);
    let body: { json: unknown } | { url: string };
    if (source === "url") body = { url };
    else if (!file)
      throw new AppError("VALIDATION", "Choose a file to import.", { fields: { file: "Choose a file." } });
    else body = { json: await readJsonFile(file) };
    setOutcome(await callApi<Outcome>("POST", "/api/v1/fact-checks/imports", body));
    router.refresh();
  });

  return (
    <HydratedForm
      onSubmit={submit}
      className="max-w-xl space-y-4"
      noValidate
      data-testid="import-fact-checks-form"
    >
      <fieldset>
        <legend className="mb-1 font-medium">Import from</legend>
        <div className="flex gap-4 text-sm">
          <label className="flex items-center gap-1">
            <input
              type="radio"
              name="source"
              checked={source === "file"}
              onChange={() => setSource("file")}
            />{" "}
            A file
          </label>
          <label className="flex items-center gap-1">
            <input type="radio" name="source" checked={source === "url"} onChange={() => setSource("url")} />{" "}
            A web address
          </label>
        </div>
      </fieldset>
      {source === "file" ? (
        <Field
          id="file"
          label="ClaimReview file"
          hint="JSON-LD with ClaimReview (one, a list or a @graph), a JSON feed whose items carry _claimreview, or a Fact Check Tools export."
          error={errors.file}
        >
          <input
            id="file"
            name="file"
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            aria-describedby={errors.file ? "file-hint file-error" : "file-hint"}
            aria-invalid={errors.file ? true : undefined}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            className="block text-sm"
          />
        </Field>
      ) : (
        <Field
          id="url"
          label="Page or feed address"
          hint="A fact-check page (its JSON-LD is read) or a JSON feed of ClaimReviews."
          error={errors.url}
        >
          <TextInput
            id="url"
            hasHint
            type="url"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
          />
        </Field>
      )}
      <FormError message={message} />
      <Button type="submit" disabled={pending}>
        {pending ? "Importing…" : "Import fact-checks"}
      </Button>
      {outcome ? (
        <div
          role="status"
          className="rounded bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
          data-testid="import-outcome"
        >
          <p>
            {outcome.created} new, {outcome.updated} updated, {outcome.unchanged} already up to date.
          </p>
          {outcome.problems.length > 0 ? (
            <>
              <p className="mt-1 font-medium">{outcome.problems.length} skipped:</p>
              <ul className="ml-5 list-disc">
                {outcome.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </HydratedForm>
  );
}
