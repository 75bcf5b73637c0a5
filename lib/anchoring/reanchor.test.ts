import { describe, it, expect } from "vitest";
import { ORPHAN_REASONS, reanchorClaims, type AnchorMethod, type AnchoredClaim } from "./reanchor";
import { describeSpan } from "./text-quote";

const P1 =
  "North Korea gave the first official confirmation Monday that its troops were fighting for Russia.";
const P2 =
  "The statement said the troops had aided the recapture of Kursk province under a mutual defense pact.";
const P3 = "South Korea said about 4,000 of the North Koreans have been killed or injured.";
const NOTE = "Correction: an earlier version of this article misstated the date of the statement.";
const ARTICLE = [P1, P2, P3].join("\n\n");
/** Twenty paragraphs, about 1,000 characters: pushes text beyond the search window (256 + quote). */
const FILLER = Array.from({ length: 20 }, (_, i) => `Filler paragraph ${i} is about something else.`).join(
  "\n\n",
);
const join = (...paragraphs: string[]): string => paragraphs.join("\n\n");
const countOf = (text: string, quote: string): number => text.split(quote).length - 1;
/** Which occurrence of the letter "a" is the article "a" in "under a mutual". */
const A_MUTUAL = countOf(ARTICLE.slice(0, ARTICLE.indexOf("a mutual")), "a");

/** Start of the `nth` occurrence (0-based) of `quote` in `text`. */
function indexOfNth(text: string, quote: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i += 1) {
    at = text.indexOf(quote, at + 1);
    if (at === -1) throw new Error(`"${quote}" occurs fewer than ${nth + 1} times.`);
  }
  return at;
}

function claimOn(text: string, quote: string, nth = 0, id = "c1"): AnchoredClaim {
  const start = indexOfNth(text, quote, nth);
  const { exact, prefix, suffix } = describeSpan(text, start, start + quote.length);
  return { id, start, end: start + quote.length, exact, prefix, suffix };
}

/** Anchored: [method, the new quote, which occurrence of it in the new text]. Orphaned: the reason key. */
type Expected = [AnchorMethod, string, number] | keyof typeof ORPHAN_REASONS;

describe("reanchorClaims", () => {
  // prettier-ignore
  it.each<[string, string, string, string, number, Expected]>([
    ["text unchanged", ARTICLE, ARTICLE, "troops were fighting", 0, ["unchanged", "troops were fighting", 0]],
    ["quote moved: text inserted before it", ARTICLE, join(P1, NOTE, P2, P3), "recapture of Kursk", 0, ["unchanged", "recapture of Kursk", 0]],
    ["correction paragraph added at the top", ARTICLE, join(NOTE, ARTICLE), "official confirmation", 0, ["unchanged", "official confirmation", 0]],
    ["word inserted at the quote's edge stays outside", ARTICLE, ARTICLE.replace("its troops", "its brave troops"), "troops were", 0, ["unchanged", "troops were", 0]],
    // Whitespace inside the quote is part of the quote: the claim follows the text as it now reads.
    ["double space inside the quote", ARTICLE, ARTICLE.replace("were fighting", "were  fighting"), "troops were fighting", 0, ["mapped", "troops were  fighting", 0]],
    ["line wrap inside the quote", ARTICLE, ARTICLE.replace("were fighting", "were\nfighting"), "troops were fighting for", 0, ["mapped", "troops were\nfighting for", 0]],
    ["one word changed inside the quote", ARTICLE, ARTICLE.replace("were fighting", "were deployed"), "its troops were fighting for Russia", 0, ["mapped", "its troops were deployed for Russia", 0]],
    ["typo fixed inside the quote", ARTICLE.replace("statement", "statment"), ARTICLE, "The statment said the troops", 0, ["mapped", "The statement said the troops", 0]],
    ["one word changed in a three-word quote", ARTICLE, ARTICLE.replace("its troops were", "its forces were"), "troops were fighting", 0, ["mapped", "forces were fighting", 0]],
    ["quote rewritten beyond recognition", ARTICLE, ARTICLE.replace("troops were fighting for", "army had long been backing"), "troops were fighting for", 0, "missing"],
    ["paragraph with the quote deleted", ARTICLE, join(P1, P3), "recapture of Kursk", 0, "missing"],
    ["sentence with the quote deleted", ARTICLE.replace(P2, `Kim also pledged care for the families. ${P2}`), ARTICLE, "pledged care", 0, "missing"],
    ["one character, unchanged, text inserted before", ARTICLE, join(NOTE, ARTICLE), "a", A_MUTUAL, ["unchanged", "a", A_MUTUAL + countOf(`${NOTE}\n\n`, "a")]],
    ["one character, edited", ARTICLE, ARTICLE.replace("under a mutual", "under the mutual"), "a", A_MUTUAL, "missing"],
    ["two characters, edited", join(P1, "The US agreed."), join(P1, "The UK agreed."), "US", 0, "missing"],
    ["non-ASCII and emoji before the quote", "Zürich 🇨🇭 said “Kim’s troops” fought.", "😀 Zürich 🇨🇭 said “Kim’s troops” fought.", "Kim’s troops", 0, ["unchanged", "Kim’s troops", 0]],
    ["emoji inside the quote", "They wrote “war 😀 won” today.", "Then they wrote “war 😀 won” today.", "war 😀 won", 0, ["unchanged", "war 😀 won", 0]],
    ["paragraph moved far away", join(P1, P2, FILLER, P3), join(P1, FILLER, P2, P3), "recapture of Kursk", 0, ["searched", "recapture of Kursk", 0]],
    ["paragraph moved far away and copied twice", join(P1, P2, FILLER, P3), join(P1, FILLER, P2, P3, P2), "recapture of Kursk", 0, "ambiguous"],
    ["fuzzy: a word at the quote's edge and its neighbour edited", ARTICLE, ARTICLE.replace("its troops", "her troopers"), "troops were fighting", 0, ["fuzzy", "troopers were fighting", 0]],
    ["fuzzy: a selection starting mid-word", ARTICLE, ARTICLE.replace("its troops", "her troopers"), "roops were fighting", 0, ["fuzzy", "roopers were fighting", 0]],
  ])("%s", (_name, oldText, newText, quote, nth, expected) => {
    const [result] = reanchorClaims(oldText, newText, [claimOn(oldText, quote, nth)]);
    if (typeof expected === "string") {
      expect(result).toEqual({ id: "c1", state: "orphaned", reason: ORPHAN_REASONS[expected] });
    } else {
      const [method, exact, newNth] = expected;
      const start = indexOfNth(newText, exact, newNth);
      expect(result).toEqual({ id: "c1", state: "anchored", method, selector: describeSpan(newText, start, start + exact.length) });
    }
  });

  it("places a claim after an emoji at the same UTF-16 offset a browser would", () => {
    const oldText = "Troops fought in Kursk.";
    const [result] = reanchorClaims(oldText, `😀 ${oldText}`, [claimOn(oldText, "Kursk")]);
    // "😀" is two UTF-16 code units, plus one for the space.
    expect(result).toMatchObject({
      method: "unchanged",
      selector: { start: 17 + 3, end: 22 + 3, exact: "Kursk" },
    });
  });

  it("keeps each copy of a repeated sentence on its own copy when a paragraph is inserted between them", () => {
    const repeated = "Kim said the war was won.";
    const oldText = join(P1, repeated, P2, repeated, P3);
    const newText = join(P1, repeated, NOTE, P2, repeated, P3);
    const claims = [
      claimOn(oldText, "the war was won", 0, "first"),
      claimOn(oldText, "the war was won", 1, "second"),
    ];
    const starts = reanchorClaims(oldText, newText, claims).map((r) =>
      r.state === "anchored" ? r.selector.start : -1,
    );
    expect(starts).toEqual([
      indexOfNth(newText, "the war was won", 0),
      indexOfNth(newText, "the war was won", 1),
    ]);
  });

  it("follows an edited copy rather than jumping to an intact duplicate (Hypothesis would jump)", () => {
    const oldText = join(P1, "Kim said the war was won.", P2, "Kim said the war was won.", P3);
    const newText = join(P1, "Kim said the war was won.", P2, "Kim said the war was lost.", P3);
    const [result] = reanchorClaims(oldText, newText, [claimOn(oldText, "the war was won", 1)]);
    const start = newText.indexOf("the war was lost");
    expect(result).toMatchObject({ method: "mapped", selector: { start, exact: "the war was lost" } });
  });

  it("orphans a deleted quote even when a copy with the same context survives far away", () => {
    const block = join("This sentence sets the same context.", P2, "And this one closes it the same way.");
    const oldText = join(block, FILLER, block);
    const newText = join(
      block,
      FILLER,
      "This sentence sets the same context.",
      "And this one closes it the same way.",
    );
    const [result] = reanchorClaims(oldText, newText, [claimOn(oldText, "recapture of Kursk", 1)]);
    expect(result).toMatchObject({ state: "orphaned", reason: ORPHAN_REASONS.missing });
  });

  it("re-anchors overlapping claims each on its own, keeping every id in input order", () => {
    const newText = join(NOTE, ARTICLE.replace("were fighting", "were deployed"));
    const claims = [
      claimOn(ARTICLE, "troops were fighting for Russia", 0, "outer"),
      claimOn(ARTICLE, "recapture of Kursk", 0, "untouched"),
      claimOn(ARTICLE, "were fighting", 0, "inner"),
      { ...claimOn(ARTICLE, "Korea", 0, "empty"), exact: "" },
      claimOn(ARTICLE, "its troops were", 0, "overlapping"),
    ];
    const results = reanchorClaims(ARTICLE, newText, claims);
    expect(results.map((r) => r.id)).toEqual(["outer", "untouched", "inner", "empty", "overlapping"]);
    const summary = results.map((r) => (r.state === "anchored" ? [r.method, r.selector.exact] : [r.reason]));
    expect(summary).toEqual([
      ["mapped", "troops were deployed for Russia"],
      ["unchanged", "recapture of Kursk"],
      // Half of a two-word quote replaced ("fighting" → "deployed", 8 of 13): a new passage.
      [ORPHAN_REASONS.missing],
      [ORPHAN_REASONS.empty],
      ["unchanged", "its troops were"],
    ]);
  });

  it("finds the quote by search when the stored offsets are stale", () => {
    const claim = { ...claimOn(ARTICLE, "recapture of Kursk"), start: 5, end: 23 };
    const [result] = reanchorClaims(ARTICLE, join(NOTE, ARTICLE), [claim]);
    expect(result).toMatchObject({ method: "searched", selector: { exact: "recapture of Kursk" } });
  });
});
