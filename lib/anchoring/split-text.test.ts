import { describe, it, expect } from "vitest";
import { splitSentences, type Region } from "./split-text";

/** The units a split cuts `region` into, as strings. */
function unitsOf(region: Region): string[] {
  const starts = splitSentences(region);
  return Array.from(starts.subarray(0, -1), (start, i) => region.text.slice(start, starts[i + 1]));
}

const whole = (text: string): Region => ({ text, from: 0, to: text.length });

describe("splitSentences", () => {
  // prettier-ignore
  it.each<[string, string, string[]]>([
    ["one sentence", "Troops fought.", ["Troops fought."]],
    ["each sentence keeps the space after it", "Troops fought. Kim said so! Why?", ["Troops fought. ", "Kim said so! ", "Why?"]],
    ["closing quotes and brackets stay with their sentence", "He said “we won.” Then (briefly.) Done", ["He said “we won.” ", "Then (briefly.) ", "Done"]],
    ["a paragraph break ends a unit, punctuated or not", "Headline\n\nBody text. More\n\nEnd", ["Headline\n\n", "Body text. ", "More\n\n", "End"]],
    ["a single line break ends a unit", "Line one\nLine two", ["Line one\n", "Line two"]],
    ["no space after the stop is no break", "Version 2.5 is out.Now", ["Version 2.5 is out.Now"]],
    ["an ellipsis ends a sentence", "Wait… then go.", ["Wait… ", "then go."]],
    ["text without punctuation is one unit", "a long run of words with no stop", ["a long run of words with no stop"]],
  ])("%s", (_name, text, expected) => {
    expect(unitsOf(whole(text))).toEqual(expected);
  });

  it("cuts only inside the region, starting at its start and ending at its end", () => {
    const text = "Before it. Inside one. Inside two. After it.";
    const region = { text, from: text.indexOf("side one"), to: text.indexOf("After") };
    expect(unitsOf(region)).toEqual(["side one. ", "Inside two. "]);
  });

  it("gives an empty region no units", () => {
    expect(Array.from(splitSentences({ text: "Some text.", from: 4, to: 4 }))).toEqual([4]);
  });
});
