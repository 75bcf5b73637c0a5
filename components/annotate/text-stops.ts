import { sentenceAt, sentenceSpans } from "@/lib/report/sentence-context";

/*
 * Where the keyboard caret can jump to, in canonical text offsets: the
 * starts and ends of the article's sentences and paragraphs. Read from the
 * rendered paragraphs (<p data-start>), which spell the canonical text.
 */

export interface Stop {
  start: number;
  end: number;
}

function paragraphsOf(root: HTMLElement): { start: number; text: string }[] {
  return [...root.querySelectorAll("p[data-start]")].map((p) => ({
    start: Number(p.getAttribute("data-start")),
    text: p.textContent ?? "",
  }));
}

export function paragraphStops(root: HTMLElement): Stop[] {
  return paragraphsOf(root).map(({ start, text }) => ({ start, end: start + text.length }));
}

export function sentenceStops(root: HTMLElement): Stop[] {
  return paragraphsOf(root).flatMap(({ start, text }) =>
    sentenceSpans(text).map((span) => ({ start: start + span.start, end: start + span.end })),
  );
}

/** The sentence holding `offset`, within its paragraph. */
export function sentenceAtOffset(root: HTMLElement, offset: number): Stop | null {
  const paragraphs = paragraphsOf(root);
  const paragraph = paragraphs.findLast((p) => p.start <= offset) ?? paragraphs[0];
  if (!paragraph) return null;
  const span = sentenceAt(paragraph.text, offset - paragraph.start);
  return span ? { start: paragraph.start + span.start, end: paragraph.start + span.end } : null;
}

/** The next stop after `offset` (an end), or the previous one before it (a start); null when there is none. */
export function nextStop(
  stops: readonly Stop[],
  offset: number,
  direction: "forward" | "backward",
): number | null {
  if (direction === "forward") return stops.find((stop) => stop.end > offset)?.end ?? null;
  return stops.findLast((stop) => stop.start < offset)?.start ?? null;
}
