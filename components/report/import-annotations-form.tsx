"use client";

import Link from "next/link";
import { useState } from "react";
import { callApi } from "@/components/annotate/api-client";
import { useFormSubmission } from "@/components/annotate/use-form-submission";
import { Button, Field, FormError } from "@/components/ui/form-controls";
import type { ImportOutcome } from "@/lib/data/claims/import-annotations";
import { AppError } from "@/lib/errors/app-error";
import { HydratedForm } from "@/components/ui/hydrated-form";

/** Upload a W3C Web Annotation file; claims that cannot be placed are listed, not dropped. */
export function ImportAnnotationsForm({ articleId }: { articleId: string }) {
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const { pending, errors, message, submit } = useFormSubmission(async () => {
    if (!file) throw new AppError("VALIDATION", "Choose a file first.");
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      throw new AppError(
        "VALIDATION",
        "That file is not JSON. Choose a W3C Web Annotation file (.json or .jsonld).",
      );
    }
    setOutcome(
      (
        await callApi<{ outcome: ImportOutcome }>(
          "POST",
          `/api/v1/articles/${articleId}/annotations`,
          document,
        )
      ).outcome,
    );
  });
  return (
    <div className="space-y-4">
      <HydratedForm onSubmit={submit} className="space-y-3" noValidate>
        <Field
          id="annotations-file"
          label="Annotation file (JSON-LD)"
          hint="An Annotation, an AnnotationPage or an AnnotationCollection, e.g. exported from this tool."
          error={errors.file}
        >
          <input
            id="annotations-file"
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            aria-describedby="annotations-file-hint"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            className="mt-1 block text-sm"
          />
        </Field>
        <FormError message={message} />
        <Button type="submit" disabled={pending || !file}>
          {pending ? "Importing…" : "Import annotations"}
        </Button>
      </HydratedForm>
      {outcome ? (
        <div
          role="status"
          className="space-y-2 rounded-md border border-emerald-300 bg-emerald-50 p-4"
          data-testid="import-outcome"
        >
          <p className="font-semibold">
            {outcome.created.length} {outcome.created.length === 1 ? "claim" : "claims"} imported.
          </p>
          {outcome.unanchored.length > 0 ? (
            <div>
              <p className="font-medium text-amber-950">
                {outcome.unanchored.length} could not be placed in this article:
              </p>
              <ul className="ml-5 list-disc text-sm">
                {outcome.unanchored.map((item, index) => (
                  <li key={index}>
                    “{item.exact}” — {item.reason}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <Link
            href={`/articles/${articleId}`}
            className="inline-block rounded bg-blue-800 px-3 py-1.5 text-sm font-medium text-white"
          >
            Back to the article
          </Link>
        </div>
      ) : null}
    </div>
  );
}
