"use client";

import { useRef, useState } from "react";
import { callApi } from "@/components/annotate/api-client";
import { useFormSubmission } from "@/components/annotate/use-form-submission";
import { Button, Field, FormError, TextArea, TextInput } from "@/components/ui/form-controls";
import type { ImportPreview } from "@/lib/data/imports/preview-import";
import { AppError } from "@/lib/errors/app-error";
import { HydratedForm } from "@/components/ui/hydrated-form";

type Source = "text" | "file" | "url";

const sources: Array<{ id: Source; label: string }> = [
  { id: "text", label: "Paste text" },
  { id: "file", label: "Upload a file" },
  { id: "url", label: "Fetch a URL" },
];

/** The ways in: pasted text, an uploaded file, or a URL the server fetches. Each ends in a preview. */
export function ImportSource({ onPreview }: { onPreview: (preview: ImportPreview) => void }) {
  const [source, setSource] = useState<Source>("text");
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const [url, setUrl] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const controller = useRef<AbortController | null>(null);
  const [cancelled, setCancelled] = useState(false);

  const { pending, errors, message, submit } = useFormSubmission(async () => {
    setCancelled(false);
    if (source === "file") {
      if (!file)
        throw new AppError("VALIDATION", "Choose a file to upload.", { fields: { file: "Choose a file." } });
      const url = `/api/v1/imports/file?filename=${encodeURIComponent(file.name)}`;
      onPreview((await callApi<{ preview: ImportPreview }>("POST", url, file)).preview);
      return;
    }
    controller.current = new AbortController();
    const body = source === "text" ? { kind: "text", text, title } : { kind: "url", url };
    try {
      onPreview(
        (
          await callApi<{ preview: ImportPreview }>(
            "POST",
            "/api/v1/imports/preview",
            body,
            controller.current.signal,
          )
        ).preview,
      );
    } catch (error) {
      if (controller.current.signal.aborted) {
        setCancelled(true);
        return;
      }
      throw error;
    }
  });

  return (
    <HydratedForm onSubmit={submit} className="space-y-4" noValidate aria-label="Choose what to import">
      <fieldset>
        <legend className="text-sm font-medium">Import from</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {sources.map((option) => (
            <label
              key={option.id}
              className="flex items-center gap-2 rounded border border-stone-300 bg-white px-3 py-1.5 text-sm has-[:checked]:border-blue-700 has-[:checked]:ring-1 has-[:checked]:ring-blue-700"
            >
              <input
                type="radio"
                name="source"
                value={option.id}
                checked={source === option.id}
                onChange={() => setSource(option.id)}
              />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>
      {source === "text" ? (
        <>
          <Field
            id="import-text"
            label="Article text"
            hint="Paste plain text. The newsroom layout (date line, byline, dateline, paragraphs) is recognised."
            error={errors.text}
          >
            <TextArea
              id="import-text"
              hasHint
              error={errors.text}
              rows={12}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </Field>
          <Field
            id="import-title"
            label="Title (optional)"
            hint="Left empty, the first line becomes the title."
            error={errors.title}
          >
            <TextInput
              id="import-title"
              hasHint
              error={errors.title}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
            />
          </Field>
        </>
      ) : null}
      {source === "file" ? (
        <Field
          id="import-file"
          label="File"
          hint="A .txt, .md, .html or .docx file, up to 5 MB."
          error={errors.file}
        >
          <input
            id="import-file"
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,.docx"
            aria-describedby="import-file-hint"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            className="mt-1 block text-sm"
          />
        </Field>
      ) : null}
      {source === "url" ? (
        <Field
          id="import-url"
          label="Article URL"
          hint="The server fetches the page and extracts the article."
          error={errors.url}
        >
          <TextInput
            id="import-url"
            hasHint
            error={errors.url}
            type="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
        </Field>
      ) : null}
      <FormError message={message} />
      {pending && source === "url" ? (
        <p role="status" className="flex items-center gap-3 text-sm" data-testid="fetch-progress">
          <span
            className="inline-block h-3 w-3 animate-spin rounded-full border-2 border-blue-800 border-t-transparent motion-reduce:animate-none"
            aria-hidden="true"
          />
          Fetching the page… this can take up to 15 seconds.
          <Button variant="secondary" onClick={() => controller.current?.abort()}>
            Cancel
          </Button>
        </p>
      ) : null}
      {cancelled ? (
        <p role="status" className="text-sm">
          Fetch cancelled. Nothing was imported.
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Extracting…" : "Preview"}
      </Button>
    </HydratedForm>
  );
}
