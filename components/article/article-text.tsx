"use client";

import { forwardRef, memo, useMemo, type HTMLAttributes, type MouseEvent } from "react";
import { statusStyle } from "@/components/status/status-style";
import { paragraphRanges } from "@/lib/article/canonical-text";
import {
  groupSegmentsByParagraph,
  segmentHighlights,
  type HighlightSegment,
} from "@/lib/anchoring/segment-highlights";
import type { ClaimStatus } from "@/lib/review/claim-status";
import { statusLabels } from "@/lib/review/status-labels";

export interface HighlightClaim {
  id: string;
  start: number;
  end: number;
  status: ClaimStatus;
  statement: string;
  version: number;
}

interface ArticleTextProps extends Omit<HTMLAttributes<HTMLDivElement>, "onClick"> {
  text: string;
  claims: readonly HighlightClaim[];
  /** Called with the ids covering the clicked text, outermost first. */
  onHighlightClick: (claimIds: string[]) => void;
}

/**
 * The article with its claims highlighted. Each paragraph is memoised on a
 * signature of its own highlights, so marking or changing one claim
 * re-renders only the paragraphs it touches, and selecting a claim
 * re-renders none (selection is drawn by a style rule, SelectedClaimStyle).
 */
export const ArticleText = memo(
  forwardRef<HTMLDivElement, ArticleTextProps>(function ArticleText(
    { text, claims, onHighlightClick, ...rest },
    ref,
  ) {
    const byId = useMemo(() => new Map(claims.map((claim) => [claim.id, claim])), [claims]);
    const paragraphs = useMemo(() => {
      const { segments } = segmentHighlights(text.length, claims);
      return groupSegmentsByParagraph(segments, paragraphRanges(text)).map((paragraph) => ({
        ...paragraph,
        signature: signatureOf(paragraph.segments, byId),
      }));
    }, [text, claims, byId]);

    function onClick(event: MouseEvent<HTMLDivElement>) {
      if (!window.getSelection()?.isCollapsed) return; // the user is selecting text, not clicking a claim
      const mark = (event.target as HTMLElement).closest("mark[data-claim-ids]");
      const ids = mark?.getAttribute("data-claim-ids")?.split(" ").filter(Boolean);
      if (ids?.length) onHighlightClick(ids);
    }

    return (
      <div
        ref={ref}
        className="font-serif text-lg leading-relaxed"
        onClick={onClick}
        data-testid="article-text"
        {...rest}
      >
        {paragraphs.map((paragraph) => (
          <Paragraph
            key={paragraph.start}
            start={paragraph.start}
            text={text.slice(paragraph.start, paragraph.end)}
            segments={paragraph.segments}
            signature={paragraph.signature}
            byId={byId}
          />
        ))}
      </div>
    );
  }),
);

function signatureOf(segments: readonly HighlightSegment[], byId: Map<string, HighlightClaim>): string {
  return segments
    .map(
      (s) =>
        `${s.start}-${s.end}:${s.claimIds.map((id) => `${id}/${byId.get(id)?.status}/${byId.get(id)?.version}`).join(",")}`,
    )
    .join("|");
}

interface ParagraphProps {
  start: number;
  text: string;
  segments: HighlightSegment[];
  signature: string;
  byId: Map<string, HighlightClaim>;
}

const Paragraph = memo(
  function Paragraph({ start, text, segments, byId }: ParagraphProps) {
    return (
      <p className="mb-5" data-start={start}>
        {segments.map((segment) => {
          const slice = text.slice(segment.start - start, segment.end - start);
          const innermost = byId.get(segment.claimIds.at(-1) ?? "");
          if (!innermost) return <span key={segment.start}>{slice}</span>;
          return (
            <mark
              key={segment.start}
              data-claim-ids={segment.claimIds.join(" ")}
              data-status={innermost.status}
              title={describeSegment(segment.claimIds, byId)}
              className={`${statusStyle[innermost.status].mark} ${segment.claimIds.length > 1 ? "shadow-[inset_0_-0.35em_0_rgba(15,23,42,0.12)]" : ""}`}
            >
              {slice}
            </mark>
          );
        })}
      </p>
    );
  },
  (before, after) =>
    before.signature === after.signature && before.text === after.text && before.start === after.start,
);

function describeSegment(ids: string[], byId: Map<string, HighlightClaim>): string {
  const lines = ids.flatMap((id) => {
    const claim = byId.get(id);
    return claim ? [`${statusLabels[claim.status].label}: ${claim.statement}`] : [];
  });
  return ids.length > 1
    ? `${ids.length} overlapping claims (click again for the next)\n${lines.join("\n")}`
    : (lines[0] ?? "");
}
