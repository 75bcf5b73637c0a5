import { describe, expect, it } from "vitest";
import { scoreArticleSentences } from "./score-article";
import { scoreSentences } from "./score-sentences";

const article =
  "Unemployment fell to 3.5 per cent in March, Mr. Smith said. What a lovely day.\n\n“We will win,” he said.";

describe("scoreArticleSentences", () => {
  it("numbers the sentences, with offsets that slice the text back to each sentence", () => {
    const scored = scoreArticleSentences(article);
    expect(scored.map(({ n, text }) => [n, text])).toEqual([
      [1, "Unemployment fell to 3.5 per cent in March, Mr. Smith said."],
      [2, "What a lovely day."],
      [3, "“We will win,” he said."],
    ]);
    for (const sentence of scored) expect(article.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it("gives each sentence the score it gets alone", () => {
    const scored = scoreArticleSentences(article);
    expect(scored.map((sentence) => sentence.score)).toEqual(scoreSentences(scored.map((s) => s.text)));
    for (const { score } of scored) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it("has nothing to score in an empty text", () => {
    expect(scoreArticleSentences("")).toEqual([]);
  });
});
