import { describe, it, expect } from "vitest";
import { diffTexts, isAddedText, mapOffset, mapRegion, type TextDiff } from "./text-diff";

/** Blocks as [oldStart, newStart, length], after checking each joins equal text. */
function blocksOf(diff: TextDiff, oldText: string, newText: string): Array<[number, number, number]> {
  let oldEnd = 0;
  let newEnd = 0;
  return diff.blocks.map((block) => {
    expect(block.length).toBeGreaterThan(0);
    expect(block.oldStart).toBeGreaterThanOrEqual(oldEnd);
    expect(block.newStart).toBeGreaterThanOrEqual(newEnd);
    expect(newText.slice(block.newStart, block.newStart + block.length)).toBe(
      oldText.slice(block.oldStart, block.oldStart + block.length),
    );
    oldEnd = block.oldStart + block.length;
    newEnd = block.newStart + block.length;
    return [block.oldStart, block.newStart, block.length];
  });
}

const para = "North Korea gave the first official confirmation.";

describe("diffTexts", () => {
  // prettier-ignore
  it.each<[string, string, string, Array<[number, number, number]>]>([
    ["identical", "Same text.", "Same text.", [[0, 0, 10]]],
    ["both empty", "", "", []],
    ["from empty", "", "New.", []],
    ["to empty", "Old.", "", []],
    ["paragraph inserted at the start", "A b.\n\nC d.", "New.\n\nA b.\n\nC d.", [[0, 6, 10]]],
    ["paragraph inserted in the middle", "A b.\n\nC d.", "A b.\n\nNew.\n\nC d.", [[0, 0, 6], [6, 12, 4]]],
    ["paragraph appended", "A b.\n\nC d.", "A b.\n\nC d.\n\nNew.", [[0, 0, 10]]],
    ["paragraph deleted", "A b.\n\nGone.\n\nC d.", "A b.\n\nC d.", [[0, 0, 6], [13, 6, 4]]],
    ["word inserted", "The cat sat.", "The black cat sat.", [[0, 0, 4], [4, 10, 8]]],
    ["word deleted", "The black cat sat.", "The cat sat.", [[0, 0, 4], [10, 4, 8]]],
    ["word replaced, not letter by letter", "troops fought", "forces fought", [[6, 6, 7]]],
    ["double space", "a b c", "a  b c", [[0, 0, 1], [2, 3, 3]]],
    ["rewritten text keeps no coincidental spaces", "Old text here", "Brand new words", []],
    ["a word kept between two edits survives", "A big red dog.", "A small red cat.", [[0, 0, 2], [5, 7, 5], [13, 15, 1]]],
    ["deleting the first of two similar sentences", "Troops fought (1). Troops fought (2).", "Troops fought (2).", [[19, 0, 18]]],
    ["inserting a similar sentence before its twin", "Troops fought (2).", "Troops fought (1). Troops fought (2).", [[0, 19, 18]]],
    ["paragraph breaks removed", "One.\n\nTwo.\n\nThree.", "One. Two. Three.", [[0, 0, 4], [6, 5, 4], [12, 10, 6]]],
    ["emoji swapped keeps the pair whole", "x 😀 y", "x 😁 y", [[0, 0, 2], [4, 4, 2]]],
    ["typo fixed inside a paragraph", `${para}\n\nThe goverment said.`, `${para}\n\nThe government said.`, [[0, 0, 55], [64, 65, 6]]],
  ])("%s", (_name, oldText, newText, expected) => {
    const diff = diffTexts(oldText, newText);
    expect(blocksOf(diff, oldText, newText)).toEqual(expected);
    expect(diff).toMatchObject({ oldLength: oldText.length, newLength: newText.length });
  });

  it("gives identical 100,000-character texts one block", () => {
    const text = `${para}\n\n`.repeat(2000).slice(0, 100_000);
    expect(diffTexts(text, text.slice()).blocks).toEqual([{ oldStart: 0, newStart: 0, length: 100_000 }]);
  });

  it("keeps every unchanged paragraph when many are edited", () => {
    const paragraphs = Array.from(
      { length: 400 },
      (_, i) => `Paragraph ${i} says the troops were deployed in June.`,
    );
    const edited = paragraphs.map((p, i) => (i % 7 === 0 ? p.replace("troops", "soldiers") : p));
    const oldText = paragraphs.join("\n\n");
    const newText = ["Correction: an earlier version misstated the date.", ...edited].join("\n\n");
    const diff = diffTexts(oldText, newText);
    blocksOf(diff, oldText, newText);
    const kept = diff.blocks.reduce((sum, block) => sum + block.length, 0);
    // Only the 58 replaced words ("troops", 6 characters each) are missing.
    expect(kept).toBe(oldText.length - 58 * "troops".length);
  });
});

describe("diffTexts on one long paragraph", () => {
  // Text pasted without blank lines is one paragraph, so trimming to
  // paragraph boundaries and the paragraph pass remove nothing.
  const sentences = Array.from({ length: 300 }, (_, i) => `Update ${i} says the government deployed troops.`);
  const oldText = sentences.map((s, i) => (i === 150 ? s.replace("government", "goverment") : s)).join(" ");
  const note = "Correction: an earlier version misstated the date.";

  it("keeps all but the edits when a paragraph is added on top and a typo fixed far below", () => {
    const newText = `${note}\n\n${oldText.replace("goverment", "government")}`;
    const typo = oldText.indexOf("goverment");
    const shift = note.length + 2;
    expect(blocksOf(diffTexts(oldText, newText), oldText, newText)).toEqual([
      [0, shift, typo],
      [
        typo + "goverment".length,
        shift + typo + "government".length,
        oldText.length - typo - "goverment".length,
      ],
    ]);
  });

  it("still diffs word by word when every sentence changed", () => {
    // 300 changed sentences are past the sentence pass's budget for this
    // stretch; the token pass then takes it whole and keeps every other word.
    const newText = oldText.replaceAll("troops", "forces");
    const diff = diffTexts(oldText, newText);
    blocksOf(diff, oldText, newText);
    const kept = diff.blocks.reduce((sum, block) => sum + block.length, 0);
    expect(kept).toBe(oldText.length - 300 * "troops".length);
  });

  it("leaves out exactly the deleted sentence, not parts of its near-twin neighbours", () => {
    const deleted = `${sentences[100] ?? ""} `;
    const at = oldText.indexOf(deleted);
    const newText = oldText.slice(0, at) + oldText.slice(at + deleted.length);
    expect(blocksOf(diffTexts(oldText, newText), oldText, newText)).toEqual([
      [0, 0, at],
      [at + deleted.length, at, oldText.length - at - deleted.length],
    ]);
  });
});

describe("mapOffset", () => {
  const oldText = "A b.\n\nC d.";
  const inserted = diffTexts(oldText, "A b.\n\nNew.\n\nC d.");
  const replaced = diffTexts("The troops fought.", "The soldiers fought.");
  const appended = diffTexts("Start.", "Start. More.");
  const rewritten = diffTexts("Old text here", "Brand new words");

  // prettier-ignore
  it.each<[string, TextDiff, number, "start" | "end", number, boolean]>([
    ["inside an unchanged block", inserted, 2, "start", 2, true],
    ["after the insertion", inserted, 7, "start", 13, true],
    ["start bias follows the text after an insertion", inserted, 6, "start", 12, true],
    ["end bias stays with the text before an insertion", inserted, 6, "end", 6, true],
    ["end of the text", inserted, 10, "end", 16, true],
    ["start of a replaced word is a block edge", replaced, 4, "start", 4, true],
    ["end of a replaced word is a block edge", replaced, 10, "end", 12, true],
    ["inside a replaced word is unstable", replaced, 7, "start", 8, false],
    ["start bias rounds down inside a replacement", replaced, 6, "start", 6, false],
    ["end bias rounds up inside a replacement", replaced, 6, "end", 7, false],
    ["end of the text before an append", appended, 6, "end", 6, true],
    ["start of a rewritten text", rewritten, 0, "start", 0, true],
    ["end of a rewritten text", rewritten, 13, "end", 15, true],
    ["middle of a rewritten text", rewritten, 2, "start", 2, false],
    ["offset past the end is clamped", inserted, 99, "end", 16, true],
  ])("%s", (_name, diff, offset, bias, expected, stable) => {
    expect(mapOffset(diff, offset, bias)).toEqual({ offset: expected, stable });
  });
});

describe("mapRegion", () => {
  const replaced = diffTexts("The troops fought.", "The soldiers fought.");
  const deleted = diffTexts("A b.\n\nGone.\n\nC d.", "A b.\n\nC d.");

  // prettier-ignore
  it.each<[string, TextDiff, number, number, { start: number; end: number }]>([
    ["stable ends map exactly", replaced, 4, 18, { start: 4, end: 20 }],
    ["an end inside a replaced word widens to the replacement", replaced, 6, 18, { start: 4, end: 20 }],
    ["a replaced word is its replacement", replaced, 4, 10, { start: 4, end: 12 }],
    ["a deleted paragraph has an empty region", deleted, 6, 11, { start: 6, end: 6 }],
  ])("%s", (_name, diff, start, end, expected) => {
    expect(mapRegion(diff, start, end)).toEqual(expected);
  });
});

describe("isAddedText", () => {
  // New text "A b.\n\nNew.\n\nC d.": "New.\n\n" (6–12) was added.
  const inserted = diffTexts("A b.\n\nC d.", "A b.\n\nNew.\n\nC d.");

  it.each<[string, number, number, boolean]>([
    ["the inserted paragraph", 6, 10, true],
    ["its trailing separator", 10, 12, true],
    ["unchanged text", 0, 3, false],
    ["a span reaching into unchanged text", 4, 8, false],
  ])("%s", (_name, start, end, expected) => {
    expect(isAddedText(inserted, start, end)).toBe(expected);
  });
});
