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
    const { paragraphs, startsBySegment } = useMemo(() => {
      const { segments } = segmentHighlights(text.length, claims);
      const grouped = groupSegmentsByParagraph(segments, paragraphRanges(text));
      const starting = startingClaims(grouped.flatMap((paragraph) => paragraph.segments));
      return {
        startsBySegment: starting,
        paragraphs: grouped.map((paragraph) => ({
          ...paragraph,
          signature: signatureOf(paragraph.segments, byId, starting),
        })),
      };
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
        className="font-serif text-lg leading-relaxed [counter-reset:claim-number]"
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
            startsBySegment={startsBySegment}
          />
        ))}
      </div>
    );
  }),
);

/**
 * Per segment (by its start), the claims whose first segment it is, in text
 * order: their number badges go there. Paragraphs split segments, so a
 * claim is numbered once, where it starts.
 */
function startingClaims(segments: readonly HighlightSegment[]): Map<number, string[]> {
  const seen = new Set<string>();
  const starts = new Map<number, string[]>();
  for (const segment of segments) {
    const fresh = segment.claimIds.filter((id) => !seen.has(id));
    if (fresh.length === 0) continue;
    for (const id of fresh) seen.add(id);
    starts.set(segment.start, fresh);
  }
  return starts;
}

function signatureOf(
  segments: readonly HighlightSegment[],
  byId: Map<string, HighlightClaim>,
  starting: Map<number, string[]>,
): string {
  return segments
    .map(
      (s) =>
        `${s.start}-${s.end}:${s.claimIds.map((id) => `${id}/${byId.get(id)?.status}/${byId.get(id)?.version}`).join(",")}>${starting.get(s.start)?.join(",") ?? ""}`,
    )
    .join("|");
}

interface ParagraphProps {
  start: number;
  text: string;
  segments: HighlightSegment[];
  signature: string;
  byId: Map<string, HighlightClaim>;
  startsBySegment: Map<number, string[]>;
}

const Paragraph = memo(
  function Paragraph({ start, text, segments, byId, startsBySegment }: ParagraphProps) {
    return (
      <p className="mb-5" data-start={start}>
        {segments.map((segment) => {
          const slice = text.slice(segment.start - start, segment.end - start);
          const innermost = byId.get(segment.claimIds.at(-1) ?? "");
          if (!innermost) return <span key={segment.start}>{slice}</span>;
          const starts = startsBySegment.get(segment.start);
          return (
            <mark
              key={segment.start}
              data-claim-ids={segment.claimIds.join(" ")}
              data-claim-starts={starts?.join(" ")}
              data-status={innermost.status}
              title={describeSegment(segment.claimIds, byId)}
              className={`${statusStyle[innermost.status].mark} ${segment.claimIds.length > 1 ? "shadow-[inset_0_-0.35em_0_rgba(15,23,42,0.12)]" : ""}`}
            >
              {starts?.map((id) => (
                <ClaimNumberBadge key={id} />
              ))}
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

/**
 * A claim's number where its highlight starts. Empty in the DOM: a CSS
 * counter draws the number (claims are numbered in text order, as their
 * cards are), so text offsets, textContent and copied text never include it,
 * and marking a claim renumbers the later ones without re-rendering their
 * paragraphs. Screen readers read the generated number.
 */
function ClaimNumberBadge() {
  return (
    <span
      data-claim-badge=""
      className="mr-0.5 inline-block rounded bg-stone-800 px-1 align-super font-sans text-[0.6rem] leading-tight font-semibold text-white select-none [counter-increment:claim-number] before:content-[counter(claim-number)]"
    />
  );
}

function describeSegment(ids: string[], byId: Map<string, HighlightClaim>): string {
  const lines = ids.flatMap((id) => {
    const claim = byId.get(id);
    return claim ? [`${statusLabels[claim.status].label}: ${claim.statement}`] : [];
  });
  return ids.length > 1
    ? `${ids.length} overlapping claims (click again for the next)\n${lines.join("\n")}`
    : (lines[0] ?? "");
}
