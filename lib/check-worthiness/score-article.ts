import { splitSentences } from "../sentences/split-sentences";
import { scoreSentences } from "./score-sentences";

/** One sentence of an article with its check-worthiness; `n` counts from 1, offsets index the text. */
export interface ScoredSentence {
  n: number;
  start: number;
  end: number;
  text: string;
  score: number;
}

/** Every sentence of an article's canonical text, split by the app's splitter and scored in one batch. */
export function scoreArticleSentences(text: string): ScoredSentence[] {
  const spans = splitSentences(text);
  const scores = scoreSentences(spans.map((span) => text.slice(span.start, span.end)));
  return spans.map((span, index) => ({
    n: index + 1,
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    score: scores[index] ?? 0,
  }));
}
