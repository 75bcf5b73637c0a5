import { emptySource, type SourceDraft } from "@/components/claim/source-fields";
import type { VerdictDraft } from "@/components/claim/verdict-form";
import type { VerdictStart } from "@/lib/data/matches/match-types";

/** The verdict form's first values for a verdict started from an archive entry: copied, for the reviewer to check. */
export function verdictStartDraft(start: VerdictStart): VerdictDraft {
  const today = emptySource().accessedAt;
  const sources: SourceDraft[] = start.sources.map((source) => ({
    ...source,
    excerpt: "",
    accessedAt: today,
    archiveUrl: "",
  }));
  return {
    rating: start.ratingKey ?? "",
    summary: start.summary,
    rationale: start.rationale,
    sources: sources.length > 0 ? sources : [emptySource()],
  };
}
