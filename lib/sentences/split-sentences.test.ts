import { describe, expect, it } from "vitest";
import { hardCases } from "./hard-cases";
import { splitSentences } from "./split-sentences";

const sentencesOf = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe("splitSentences", () => {
  it.each(hardCases)("%s", (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it("gives offsets into the whole text, paragraph after paragraph", () => {
    const text = "Mr. Smith spoke. He left.\n\n“Why?” she asked.";
    expect(splitSentences(text)).toEqual([
      { start: 0, end: 16 },
      { start: 17, end: 25 },
      { start: 27, end: text.length },
    ]);
  });

  it("counts UTF-16 code units, as every offset in the app does", () => {
    const text = "Він сказав 🇨🇳 так. Друге 😀 речення.";
    expect(splitSentences(text)).toEqual([
      { start: 0, end: text.indexOf(". ") + 1 },
      { start: text.indexOf("Друге"), end: text.length },
    ]);
  });
});
