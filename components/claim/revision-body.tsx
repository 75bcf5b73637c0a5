import { RatingChip } from "@/components/status/rating-chip";
import type { RevisionView } from "@/lib/data/claims/get-claim-detail";
import { SourceList } from "./source-list";

/** One verdict revision: rating, summary, rationale and sources. */
export function RevisionBody({ revision }: { revision: RevisionView }) {
  return (
    <div className="space-y-3">
      <p className="flex flex-wrap items-center gap-2">
        <RatingChip rating={{ ...revision.rating, approved: true }} />
        {revision.rating.retired ? (
          <span className="text-xs text-stone-700">(rating since retired)</span>
        ) : null}
      </p>
      <p className="font-medium" data-testid="verdict-summary">
        {revision.summary}
      </p>
      {revision.rationale ? (
        // Rendered from Markdown with raw HTML disabled, then passed through an
        // allowlist sanitizer (lib/markdown/render-markdown.ts).
        <div
          className="prose-sm space-y-2 [&_a]:underline [&_li]:ml-5 [&_ol]:list-decimal [&_ul]:list-disc"
          dangerouslySetInnerHTML={{ __html: revision.rationaleHtml }}
        />
      ) : null}
      <div>
        <h4 className="text-sm font-semibold">Sources</h4>
        <SourceList sources={revision.sources} />
      </div>
    </div>
  );
}
