import { describe, it, expect } from "vitest";
import { reanchorClaims, type AnchoredClaim } from "./reanchor";
import { describeSpan } from "./text-quote";

/*
 * A small edit on text whose passages recur with small variations, as wire
 * copy does when it is updated through the day: every claim must land on its
 * own copy, never on a near-twin. Both as paragraphs and as one long
 * paragraph (text pasted without blank lines), where the diff cannot lean on
 * paragraph boundaries.
 */

const STORY = [
  "The government said troops were deployed to the border region on Monday.",
  "Officials in the capital confirmed that about 4,000 soldiers had been sent.",
  "The defence ministry declined to comment on the number of casualties.",
  "Residents reported heavy shelling overnight near the main road.",
  "Aid groups warned that supplies of food and water were running low.",
];
const WORDS = ["Monday", "4,000", "heavy", "food", "border", "capital"];
const SWAPS = ["Tuesday", "5,000", "light", "fuel", "northern", "city"];
const NOTE = "Correction: an earlier version of this live blog misstated the number of soldiers.";
const UPDATES = 12;
const TYPO_UPDATE = 6;

/** Each update republishes the story with one or two words changed; update 6 misspells "government". */
function buildUpdates(): string[] {
  return Array.from({ length: UPDATES }, (_, u) => {
    const text = STORY.map((sentence, s) => {
      const swap = (u + s) % WORDS.length;
      const word = WORDS[swap] ?? "";
      return u % 2 === s % 2 && sentence.includes(word)
        ? sentence.replace(word, SWAPS[swap] ?? word)
        : sentence;
    }).join(" ");
    return `Update ${u + 1}. ${u === TYPO_UPDATE ? text.replace("government", "goverment") : text}`;
  });
}

/** Word-aligned claims of 3–10 words, starting at every third word. */
function buildClaims(text: string): AnchoredClaim[] {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const claims: AnchoredClaim[] = [];
  for (let i = 0; i + 3 < words.length; i += 3) {
    const last = words[Math.min(words.length - 1, i + 2 + (i % 8))];
    const start = words[i]?.start ?? 0;
    const end = last?.end ?? text.length;
    const { exact, prefix, suffix } = describeSpan(text, start, end);
    claims.push({ id: `c${i}`, start, end, exact, prefix, suffix });
  }
  return claims;
}

describe("reanchorClaims on near-duplicate passages after a small edit", () => {
  it.each([
    ["as paragraphs", "\n\n"],
    ["as one pasted paragraph", " "],
  ])("puts every claim on its own copy (%s)", (_layout, separator) => {
    const oldText = buildUpdates().join(separator);
    const typo = oldText.indexOf("goverment");
    // The fix: "gover|n|ment", and the note in a paragraph of its own on top.
    const fixAt = typo + "gover".length;
    const newText = `${NOTE}\n\n${oldText.slice(0, fixAt)}n${oldText.slice(fixAt)}`;
    const shift = NOTE.length + 2;
    const claims = buildClaims(oldText);
    const move = (offset: number): number => shift + offset + (offset > fixAt ? 1 : 0);
    expect(claims.filter((c) => c.start < fixAt && fixAt < c.end).length).toBeGreaterThan(0);

    const results = reanchorClaims(oldText, newText, claims);
    const placed = results.map((r) =>
      r.state === "anchored" ? [r.selector.start, r.selector.end] : r.reason,
    );
    expect(placed).toEqual(claims.map((c) => [move(c.start), move(c.end)]));
  });
});
