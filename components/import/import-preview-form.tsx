"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/annotate/api-client";
import { useFormSubmission } from "@/components/annotate/use-form-submission";
import { Button, Field, FormError, TextArea, TextInput } from "@/components/ui/form-controls";
import type { ImportPreview } from "@/lib/data/imports/preview-import";
import { HydratedForm } from "@/components/ui/hydrated-form";

/**
 * The extracted article, for the editor to check and correct before
 * saving. Nothing is stored until Save. A source URL already in the tool
 * is flagged with a link, and saving then needs an explicit choice.
 */
export function ImportPreviewForm({ preview, onBack }: { preview: ImportPreview; onBack: () => void }) {
  const router = useRouter();
  const { article, duplicate } = preview;
  const [fields, setFields] = useState({
    title: article.title,
    byline: article.byline ?? "",
    dateline: article.dateline ?? "",
    publishedAt: article.publishedAt ?? "",
    sourceUrl: article.sourceUrl ?? "",
    text: article.text,
  });
  const [allowDuplicate, setAllowDuplicate] = useState(false);
  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields({ ...fields, [name]: event.target.value });
  const { pending, errors, message, submit } = useFormSubmission(async () => {
    const { article: saved } = await callApi<{ article: { id: string } }>("POST", "/api/v1/articles", {
      ...fields,
      allowDuplicate,
    });
    router.push(`/articles/${saved.id}`);
  });

  return (
    <HydratedForm onSubmit={submit} className="space-y-4" noValidate aria-label="Check the extracted article">
      <h2 className="text-lg font-semibold">Preview</h2>
      <p className="text-sm text-stone-700" data-testid="import-format">
        Extracted as {formatNames[article.format] ?? article.format}: {article.paragraphs.length}{" "}
        {article.paragraphs.length === 1 ? "paragraph" : "paragraphs"}.
      </p>
      {article.warnings.length > 0 ? (
        <ul className="ml-5 list-disc text-sm text-amber-950">
          {article.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
      {duplicate ? (
        <div
          role="alert"
          className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm"
          data-testid="duplicate-warning"
        >
          <p>
            This source is already in the tool as{" "}
            <Link href={`/articles/${duplicate.id}`} className="font-medium underline">
              {duplicate.title}
            </Link>
            .
          </p>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={allowDuplicate}
              onChange={(e) => setAllowDuplicate(e.target.checked)}
            />
            Import it anyway as a new article
          </label>
        </div>
      ) : null}
      <Field id="preview-title" label="Title" error={errors.title}>
        <TextInput id="preview-title" error={errors.title} value={fields.title} onChange={set("title")} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="preview-byline" label="Byline" error={errors.byline}>
          <TextInput
            id="preview-byline"
            error={errors.byline}
            value={fields.byline}
            onChange={set("byline")}
          />
        </Field>
        <Field id="preview-dateline" label="Dateline" error={errors.dateline}>
          <TextInput
            id="preview-dateline"
            error={errors.dateline}
            value={fields.dateline}
            onChange={set("dateline")}
          />
        </Field>
        <Field id="preview-published" label="Publication date" error={errors.publishedAt}>
          <TextInput
            id="preview-published"
            error={errors.publishedAt}
            type="date"
            value={fields.publishedAt}
            onChange={set("publishedAt")}
          />
        </Field>
        <Field id="preview-source" label="Source URL" error={errors.sourceUrl}>
          <TextInput
            id="preview-source"
            error={errors.sourceUrl}
            type="url"
            value={fields.sourceUrl}
            onChange={set("sourceUrl")}
          />
        </Field>
      </div>
      <Field
        id="preview-text"
        label="Text"
        hint="Plain text; paragraphs are separated by a blank line. Claims will point into exactly this text."
        error={errors.text}
      >
        <TextArea
          id="preview-text"
          hasHint
          error={errors.text}
          rows={16}
          value={fields.text}
          onChange={set("text")}
          className="mt-1 w-full rounded border border-stone-400 bg-white px-3 py-2 font-serif leading-relaxed"
        />
      </Field>
      <FormError message={message} />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending || (duplicate !== null && !allowDuplicate)}>
          {pending ? "Saving…" : "Save article"}
        </Button>
        <Button variant="secondary" onClick={onBack}>
          Start again
        </Button>
      </div>
    </HydratedForm>
  );
}

const formatNames: Record<string, string> = {
  plain: "plain text",
  "sample-layout": "newsroom text layout (date, byline, dateline)",
  html: "HTML",
  markdown: "Markdown",
  docx: "Word document",
  url: "a web page",
};
