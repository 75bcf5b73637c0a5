"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { callApi, messageOf } from "@/components/annotate/api-client";
import { Button, DialogFooter, Field, TextArea } from "@/components/ui/form-controls";
import { ModalDialog } from "@/components/ui/modal-dialog";

type Choices = { includePending: boolean; correction: string };
type Preview = { version: number; html: string; choices: Choices };

const sameChoices = (a: Choices, b: Choices) =>
  a.includePending === b.includePending && a.correction.trim() === b.correction.trim();

/** The public page publishing with these choices would serve, rendered by the server. */
async function fetchPreview(articleId: string, choices: Choices): Promise<{ version: number; html: string }> {
  const { preview } = await callApi<{ preview: { version: number; html: string } }>(
    "POST",
    `/api/v1/articles/${articleId}/publications/preview`,
    choices,
  );
  return preview;
}

/**
 * Publishing, with a look first: the dialog shows the public report exactly
 * as it will be served (rendered by the server from the would-be snapshot,
 * in an iframe that may run nothing), and publishes only what was previewed.
 * A republish can carry a correction note.
 */
export function PublishPreviewDialog({
  articleId,
  isRepublish,
  onClose,
  onPublished,
}: {
  articleId: string;
  isRepublish: boolean;
  onClose: () => void;
  onPublished: () => void;
}) {
  const [choices, setChoices] = useState<Choices>({ includePending: false, correction: "" });
  const [preview, setPreview] = useState<Preview | null>(null);
  const [loading, setLoading] = useState(true);
  const [message, setMessage] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);

  // Every preview answer goes through here; a late answer for older choices is never shown for newer ones.
  const latestRequest = useRef(0);
  const show = useCallback(
    (next: Choices) => {
      const request = ++latestRequest.current;
      fetchPreview(articleId, next)
        .then(
          (answer) => request === latestRequest.current && setPreview({ ...answer, choices: next }),
          (error: unknown) => request === latestRequest.current && setMessage(messageOf(error)),
        )
        .finally(() => request === latestRequest.current && setLoading(false));
    },
    [articleId],
  );
  const load = (next: Choices) => {
    setLoading(true);
    setMessage(null);
    show(next);
  };

  useEffect(() => show({ includePending: false, correction: "" }), [show]);

  const isStale = preview === null || !sameChoices(preview.choices, choices);
  const publish = async () => {
    if (!preview || isStale) return;
    setPublishing(true);
    setMessage(null);
    try {
      await callApi("POST", `/api/v1/articles/${articleId}/publications`, {
        includePending: preview.choices.includePending,
        correction: preview.choices.correction,
        expectedVersion: preview.version,
      });
      onPublished();
    } catch (error) {
      setMessage(messageOf(error));
      setPublishing(false);
    }
  };

  const version = preview?.version;
  return (
    <ModalDialog title={version ? `Preview of version ${version}` : "Preview"} onClose={onClose}>
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          void publish();
        }}
      >
        <p className="text-sm">This is exactly what readers will see at the public address.</p>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-0.5"
            checked={choices.includePending}
            onChange={(event) => {
              const next = { ...choices, includePending: event.target.checked };
              setChoices(next);
              load(next);
            }}
          />
          <span>
            Include claims not yet checked
            <span className="block text-xs text-stone-700">
              Off: they are left out of the public report entirely. On: they are listed under &ldquo;Not yet
              checked&rdquo;, with no rating.
            </span>
          </span>
        </label>
        {isRepublish ? (
          <div className="space-y-2">
            <Field
              id="publish-correction"
              label="Correction note (optional)"
              hint='Shown as "Corrected on <date>: <note>" at the top of this version and later ones. Plain text.'
            >
              <TextArea
                id="publish-correction"
                hasHint
                rows={2}
                maxLength={2000}
                value={choices.correction}
                onChange={(event) => setChoices({ ...choices, correction: event.target.value })}
              />
            </Field>
            <Button variant="secondary" onClick={() => load(choices)} disabled={loading || !isStale}>
              Update the preview
            </Button>
          </div>
        ) : null}
        <p role="status" className="min-h-5 text-sm text-stone-700">
          {loading ? "Loading the preview…" : isStale ? "Update the preview to publish these choices." : ""}
        </p>
        {preview ? (
          <iframe
            title="Preview of the public report"
            sandbox=""
            srcDoc={preview.html}
            className="h-[55vh] w-full rounded border border-stone-300"
          />
        ) : null}
        <DialogFooter
          message={message}
          onCancel={onClose}
          submitLabel={version ? `Publish version ${version}` : "Publish"}
          pending={loading || publishing || isStale}
        />
      </form>
    </ModalDialog>
  );
}
