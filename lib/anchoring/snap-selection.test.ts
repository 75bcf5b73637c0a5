import { describe, it, expect } from "vitest";
import { snapToWords } from "./snap-selection";

/**
 * Each row marks the raw selection inside `marked` with [ and ]; the text is
 * `marked` without the brackets. The expected value is the snapped slice, or
 * null when nothing is left.
 */
function parse(marked: string): { text: string; start: number; end: number } {
  const start = marked.indexOf("[");
  const end = marked.indexOf("]") - 1;
  return { text: marked.replace("[", "").replace("]", ""), start, end };
}

describe("snapToWords", () => {
  // prettier-ignore
  it.each<[string, string, string | null]>([
    ["already aligned", "North [Korea gave] the", "Korea gave"],
    ["mid-word start expands left", "North Ko[rea gave] the", "Korea gave"],
    ["mid-word end expands right", "North [Korea ga]ve the", "Korea gave"],
    ["both ends mid-word", "No[rth Korea ga]ve", "North Korea gave"],
    ["single letter inside a word", "conf[i]rmation", "confirmation"],
    ["leading and trailing spaces", "troops[  were fighting  ]in", "were fighting"],
    ["trailing full stop and space", "in [Kursk. ]The", "Kursk"],
    ["quotes around a phrase", "said [“victoriously concluded”] and", "victoriously concluded"],
    ["straight quotes and a comma", "it [\"honoured,\"] was", "honoured"],
    ["parentheses", "the [(UPI)] desk", "UPI"],
    ["thousands separator", "up to [12,0]00 troops", "12,000"],
    ["number then a word", "up to 1[2,000 troops] to fight", "12,000 troops"],
    ["decimal point", "about [2.]5 million", "2.5"],
    ["comma between words is not a joiner", "[Kim,] Putin", "Kim"],
    ["hyphenated word", "the 21[st-cent]ury economy", "21st-century"],
    ["hyphen at the selection start", "the 21st[-century] economy", "21st-century"],
    ["apostrophe", "Ki[m]'s troops", "Kim's"],
    ["selection ends at the apostrophe", "[Kim']s troops", "Kim's"],
    ["typographic apostrophe", "Kim[’s] troops", "Kim’s"],
    ["closing quote is trimmed, not joined", "said '[Kim']", "Kim"],
    ["percent sign kept", "rose [12%.]", "12%"],
    ["dollar sign kept", "cost [$5 ]bn", "$5"],
    ["dash and slash trimmed", "war [— Kyiv/]Moscow", "Kyiv"],
    ["ellipsis trimmed", "[…and then…]", "and then"],
    ["across a paragraph break", "in Kur[sk.\n\nThe stat]ement", "Kursk.\n\nThe statement"],
    ["only punctuation and spaces", "word[ —, ]word", null],
    ["only whitespace", "word[\n\n]word", null],
    ["collapsed selection", "wo[]rd", null],
    ["non-ASCII letters", "in Zü[ri]ch today", "Zürich"],
    ["combining mark", "cafe\u0301 [ol]é", "olé"],
    ["CJK run is one word", "東京は[日本]の首都です。次", "東京は日本の首都です"],
    ["CJK punctuation trimmed", "[「日本語」]", "日本語"],
    ["emoji kept, not split", "I [❤️ 😀] a lot", "❤️ 😀"],
    ["emoji between words", "go[od 😀 da]y", "good 😀 day"],
    ["astral letter counts as a letter", "x 𝐀[𝐁]𝐂 y", "𝐀𝐁𝐂"],
  ])("%s", (_name, marked, expected) => {
    const { text, start, end } = parse(marked);
    const span = snapToWords(text, start, end);
    expect(span === null ? null : text.slice(span.start, span.end)).toBe(expected);
  });

  it.each<[string, string, number, number, { start: number; end: number } | null]>([
    ["reversed input is swapped", "North Korea", 8, 2, { start: 0, end: 11 }],
    ["out-of-range offsets are clamped", "North Korea", -5, 99, { start: 0, end: 11 }],
    ["empty text", "", 0, 0, null],
    // "a 😀 b": the emoji is code units 2–3, so offset 3 falls inside it.
    ["start inside a surrogate pair moves before it", "a 😀 b", 3, 6, { start: 2, end: 6 }],
    ["end inside a surrogate pair moves after it", "a 😀 b", 0, 3, { start: 0, end: 4 }],
  ])("%s", (_name, text, start, end, expected) => {
    expect(snapToWords(text, start, end)).toEqual(expected);
  });
});
