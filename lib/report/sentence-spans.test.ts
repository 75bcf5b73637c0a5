import { describe, expect, it } from "vitest";
import { PARAGRAPH_SEPARATOR } from "../article/canonical-text";
import { hardCases } from "../sentences/hard-cases";
import { sentenceAt, sentenceSpans } from "./sentence-context";

const sentencesOf = (text: string) => sentenceSpans(text).map(({ start, end }) => text.slice(start, end));

describe("sentenceSpans", () => {
  // The app's one splitter, one paragraph at a time (keyboard marking reads paragraphs).
  it.each(hardCases.filter(([, text]) => !text.includes(PARAGRAPH_SEPARATOR)))(
    "%s",
    (_name, text, expected) => {
      expect(sentencesOf(text)).toEqual(expected);
    },
  );
});

describe("sentenceAt", () => {
  const text = "Mr. Smith spoke. Then he left.";
  it.each<[number, string]>([
    [0, "Mr. Smith spoke."],
    [5, "Mr. Smith spoke."],
    [16, "Mr. Smith spoke."],
    [17, "Then he left."],
    [text.length, "Then he left."],
  ])("offset %i", (offset, expected) => {
    const span = sentenceAt(text, offset);
    expect(span && text.slice(span.start, span.end)).toBe(expected);
  });
});
