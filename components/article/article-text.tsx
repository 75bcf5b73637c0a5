"use client";

import { memo, useMemo, type MouseEvent } from "react";
import { statusStyle } from "@/components/status/status-style";
import { paragraphRanges } from "@/lib/article/canonical-text";
import { groupSegmentsByParagraph, segmentHighlights } from "@/lib/anchoring/segment-highlights";
import type { ClaimStatus } from "@/lib/review/claim-status";
import { statusLabels } from "@/lib/review/status-labels";

export interface HighlightClaim {
  id: string;
  start: number;
  end: number;
  status: ClaimStatus;
  statement: string;
}

interface ArticleTextProps {
  text: string;
  claims: readonly HighlightClaim[];
  /** Called with the ids covering the clicked text, outermost first. */
  onHighlightClick: (claimIds: string[]) => void;
}

/**
 * The article with its claims highlighted. Memoised on text and claims:
 * selecting a claim does not re-render it (selection is drawn by a style
 * rule, see SelectedClaimStyle), which keeps long articles responsive.
 */
export const ArticleText = memo(function ArticleText({ text, claims, onHighlightClick }: ArticleTextProps) {
  const paragraphs = useMemo(() => {
    const { segments } = segmentHighlights(text.length, claims);
    return groupSegmentsByParagraph(segments, paragraphRanges(text));
  }, [text, claims]);
  const byId = useMemo(() => new Map(claims.map((claim) => [claim.id, claim])), [claims]);

  function onClick(event: MouseEvent<HTMLDivElement>) {
    const mark = (event.target as HTMLElement).closest("mark[data-claim-ids]");
    const ids = mark?.getAttribute("data-claim-ids")?.split(" ").filter(Boolean);
    if (ids?.length) onHighlightClick(ids);
  }

  return (
    <div className="font-serif text-lg leading-relaxed" onClick={onClick} data-testid="article-text">
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start} className="mb-5" data-start={paragraph.start}>
          {paragraph.segments.map((segment) => {
            const slice = text.slice(segment.start, segment.end);
            if (segment.claimIds.length === 0) return <span key={segment.start}>{slice}</span>;
            const innermost = byId.get(segment.claimIds.at(-1) ?? "");
            if (!innermost) return <span key={segment.start}>{slice}</span>;
            const depth = segment.claimIds.length;
            return (
              <mark
                key={segment.start}
                data-claim-ids={segment.claimIds.join(" ")}
                data-status={innermost.status}
                title={describeSegment(segment.claimIds, byId)}
                className={`${statusStyle[innermost.status].mark} ${depth > 1 ? "shadow-[inset_0_-0.35em_0_rgba(15,23,42,0.12)]" : ""}`}
              >
                {slice}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
});

function describeSegment(ids: string[], byId: Map<string, HighlightClaim>): string {
  const lines = ids.flatMap((id) => {
    const claim = byId.get(id);
    return claim ? [`${statusLabels[claim.status].label}: ${claim.statement}`] : [];
  });
  return ids.length > 1
    ? `${ids.length} overlapping claims (click again for the next)\n${lines.join("\n")}`
    : (lines[0] ?? "");
}
