import { describeSpan, type ClaimSelector } from "@/lib/anchoring/text-quote";
import { AppError } from "@/lib/errors/app-error";

export interface SpanRequest {
  revision: number;
  start: number;
  end: number;
  exact?: string;
}

/**
 * Turns a span the editor selected into a selector on the current text.
 * The span must be on the current revision (else CONFLICT: the text changed
 * under the editor), inside the text, and not blank. When the client sends
 * the text it saw, it must match, so a stale page cannot mark the wrong words.
 */
export function resolveSpan(text: string, currentRevision: number, span: SpanRequest): ClaimSelector {
  if (span.revision !== currentRevision) {
    throw new AppError(
      "CONFLICT",
      `The article text changed (now revision ${currentRevision}) since you selected this text. Reload the page and select it again.`,
      { currentRevision },
    );
  }
  if (span.end > text.length || span.start >= span.end) {
    throw new AppError(
      "VALIDATION",
      `The selection is outside the article text (it has ${text.length} characters).`,
      {
        fields: { span: "The selection is outside the article text." },
      },
    );
  }
  const selector = describeSpan(text, span.start, span.end);
  if (!selector.exact.trim()) {
    throw new AppError("VALIDATION", "Select some text to mark as a claim.", {
      fields: { span: "The selection is empty." },
    });
  }
  if (span.exact !== undefined && span.exact !== selector.exact) {
    throw new AppError(
      "CONFLICT",
      "The selected text no longer matches the article. Reload the page and select it again.",
      {
        currentRevision,
      },
    );
  }
  return selector;
}
