"use client";

import { useRef, useState } from "react";
import { Button, Field } from "@/components/ui/form-controls";
import { embedFrame, embedFrameHtml } from "@/lib/embed/embed-frame";
import { publicClaimCardPath, publicReportPath } from "@/lib/report/public-paths";

/**
 * The iframe code for the published annotated article, the same the oEmbed
 * endpoint answers with, and how to embed one claim instead. Copy uses the
 * clipboard when the browser allows it; otherwise it selects the code and
 * moves focus there, so Ctrl+C works without clipboard permission.
 */
export function EmbedSnippet({
  articleId,
  articleTitle,
  origin,
  exampleClaimNumber,
}: {
  articleId: string;
  articleTitle: string;
  origin: string;
  /** A claim with a verdict, to show what a claim's address looks like; null when none has one. */
  exampleClaimNumber: number | null;
}) {
  const code = useRef<HTMLTextAreaElement>(null);
  const [message, setMessage] = useState("");
  const snippet = embedFrameHtml(embedFrame({ articleId, claimNumber: null }, { origin, articleTitle }));
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setMessage("Copied the embed code.");
    } catch {
      // No clipboard permission (or no clipboard API): hand the selection to the keyboard instead.
      code.current?.focus();
      code.current?.select();
      setMessage("The embed code is selected: press Ctrl+C (⌘C on a Mac) to copy it.");
    }
  };
  return (
    <section aria-labelledby="embed-heading" className="space-y-2 text-sm" data-testid="embed-snippet">
      <h2 id="embed-heading" className="font-semibold">
        Embed
      </h2>
      <Field
        id="embed-code"
        label="Embed code for the annotated article"
        hint="Paste it into a page on your site: it shows the published article with every checked claim highlighted."
      >
        <textarea
          id="embed-code"
          aria-describedby="embed-code-hint"
          ref={code}
          readOnly
          rows={4}
          value={snippet}
          onFocus={(event) => event.currentTarget.select()}
          className="mt-1 w-full rounded border border-stone-400 bg-stone-50 px-3 py-2 font-mono text-xs focus:outline-2 focus:outline-blue-700"
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={copy}>
          Copy embed code
        </Button>
        <p role="status" className="min-h-5 text-stone-800">
          {message}
        </p>
      </div>
      {exampleClaimNumber === null ? null : (
        <p className="text-stone-700" data-testid="embed-claim-hint">
          For one claim only, use the same code with the claim&apos;s card as <code>src</code>, for claim{" "}
          {exampleClaimNumber}:{" "}
          <code className="break-all">{`${origin}${publicClaimCardPath(articleId, exampleClaimNumber)}`}</code>{" "}
          (change the number for another claim, as numbered in the report). Sites that support oEmbed need
          only the report&apos;s address,{" "}
          <code className="break-all">{`${origin}${publicReportPath(articleId)}#claim-${exampleClaimNumber}`}</code>{" "}
          for that claim.
        </p>
      )}
    </section>
  );
}
