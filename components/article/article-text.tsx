"use client";

import { forwardRef, memo, useMemo, type HTMLAttributes, type MouseEvent, type ReactNode } from "react";
import { statusStyle } from "@/components/status/status-style";
import { paragraphRanges } from "@/lib/article/canonical-text";
import {
  groupSegmentsByParagraph,
  segmentHighlights,
  type HighlightSegment,
} from "@/lib/anchoring/segment-highlights";
import type { ClaimStatus } from "@/lib/review/claim-status";
import { statusLabels } from "@/lib/review/status-labels";
import type { DeskSuggestion } from "@/lib/suggestions/desk-suggestions";

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
  /** Open suggestions to underline, in text order; they never overlap a claim. */
  suggestions?: readonly DeskSuggestion[];
}

const noSuggestions: readonly DeskSuggestion[] = [];

/**
 * The article with its claims highlighted. Each paragraph is memoised on a
 * signature of its own highlights, so marking or changing one claim
 * re-renders only the paragraphs it touches, and selecting a claim
 * re-renders none (selection is drawn by a style rule, SelectedClaimStyle).
 */
export const ArticleText = memo(
  forwardRef<HTMLDivElement, ArticleTextProps>(function ArticleText(
    { text, claims, onHighlightClick, suggestions = noSuggestions, ...rest },
    ref,
  ) {
    const byId = useMemo(() => new Map(claims.map((claim) => [claim.id, claim])), [claims]);
    const { paragraphs, startsBySegment } = useMemo(() => {
      const { segments } = segmentHighlights(text.length, claims);
      const grouped = groupSegmentsByParagraph(segments, paragraphRanges(text));
      const starting = startingClaims(grouped.flatMap((paragraph) => paragraph.segments));
      let first = 0;
      return {
        startsBySegment: starting,
        paragraphs: grouped.map((paragraph) => {
          while (first < suggestions.length && suggestions[first]!.end <= paragraph.start) first++;
          const own: DeskSuggestion[] = [];
          for (let i = first; i < suggestions.length && suggestions[i]!.start < paragraph.end; i++)
            own.push(suggestions[i]!);
          return {
            ...paragraph,
            suggestions: own,
            signature: `${signatureOf(paragraph.segments, byId, starting)}#${own.map((s) => `${s.n}:${s.start}-${s.end}:${s.label}`).join(",")}`,
          };
        }),
      };
    }, [text, claims, byId, suggestions]);

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
            suggestions={paragraph.suggestions}
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
  suggestions: readonly DeskSuggestion[];
  signature: string;
  byId: Map<string, HighlightClaim>;
  startsBySegment: Map<number, string[]>;
}

const Paragraph = memo(
  function Paragraph({ start, text, segments, suggestions, byId, startsBySegment }: ParagraphProps) {
    return (
      <p className="mb-5" data-start={start}>
        {segments.map((segment) => {
          const slice = text.slice(segment.start - start, segment.end - start);
          const innermost = byId.get(segment.claimIds.at(-1) ?? "");
          if (!innermost)
            return suggestions.length === 0 ? (
              <span key={segment.start}>{slice}</span>
            ) : (
              <PlainText
                key={segment.start}
                start={segment.start}
                end={segment.end}
                text={slice}
                suggestions={suggestions}
              />
            );
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
 * Text outside claims, with the suggested sentences in it underlined (dotted,
 * where claims are filled). The label travels in `title` for the mouse and
 * in `data-suggestion-label` for the current-suggestion style; the
 * suggestions bar says it for everyone else.
 */
function PlainText(props: {
  start: number;
  end: number;
  text: string;
  suggestions: readonly DeskSuggestion[];
}) {
  const { start, end, text } = props;
  const parts: ReactNode[] = [];
  let at = start;
  for (const suggestion of props.suggestions) {
    const from = Math.max(suggestion.start, start);
    const to = Math.min(suggestion.end, end);
    if (to <= from) continue;
    if (from > at) parts.push(<span key={at}>{text.slice(at - start, from - start)}</span>);
    parts.push(
      <span
        key={from}
        data-suggestion={suggestion.n}
        data-suggestion-label={suggestion.label}
        title={`Suggested claim: ${suggestion.label} (score ${suggestion.score.toFixed(2)})`}
        className="underline decoration-sky-700/70 decoration-dotted decoration-2 underline-offset-4"
      >
        {text.slice(from - start, to - start)}
      </span>,
    );
    at = to;
  }
  if (at < end) parts.push(<span key={at}>{text.slice(at - start)}</span>);
  return <>{parts}</>;
}

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
