import { paragraphRanges, type TextRange } from "../article/canonical-text";
import { isNotABoundary } from "./abbreviations";

/*
 * One sentence splitter for the whole app: keyboard marking in the browser
 * (components/annotate/text-stops.ts), quotes in context in reports, and
 * check-worthiness scoring. A boundary is a run of . ! ? or … (with any
 * closing quotes or brackets) followed by whitespace and then something
 * that is not a lower-case letter, unless the full stop belongs to an
 * abbreviation (see abbreviations.ts).
 *
 * Why a heuristic and not wink-nlp: on the table in hard-cases.ts (44 news
 * cases) wink-eng-lite-web-model 1.8.1 got 36 right (it splits "Rev.",
 * "et al.", "Ph.D.", "example.com" and after a quoted "Stop!" before "she
 * said"), the old heuristic 36 and this one all 44. Wink is quicker on
 * 100,000 characters (~50-115 ms against ~175 ms for the old heuristic),
 * but this one takes ~10 ms, and wink's ~3.8 MB model would have to ship
 * to the browser for text-stops.ts. Intl.Segmenter alone splits after
 * "Mr." and "U.S.".
 */

const BOUNDARY = /[.!?…]+["'”’»)\]]*\s+(?=[^\s\p{Ll}])/gu;

/**
 * The sentences of an article's canonical text, in order, as exact UTF-16
 * offsets into `text` without the whitespace around them. A sentence never
 * crosses a paragraph break.
 */
export function splitSentences(text: string): TextRange[] {
  return paragraphRanges(text).flatMap((paragraph) => sentencesIn(text, paragraph));
}

function sentencesIn(text: string, paragraph: TextRange): TextRange[] {
  const body = text.slice(paragraph.start, paragraph.end);
  const spans: TextRange[] = [];
  let start = body.search(/\S/u);
  if (start === -1) return spans;
  for (const match of body.matchAll(BOUNDARY)) {
    const stop = match[0].trimEnd();
    const next = match.index + match[0].length;
    if (stop.startsWith(".") && !/^\.[.…]/u.test(stop) && isNotABoundary(body, match.index, start, next))
      continue;
    spans.push({ start: paragraph.start + start, end: paragraph.start + match.index + stop.length });
    start = next;
  }
  spans.push({ start: paragraph.start + start, end: paragraph.start + body.trimEnd().length });
  return spans;
}
