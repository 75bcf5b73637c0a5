/*
 * Full stops that rarely end a sentence in news text. Titles ("Mr. Putin")
 * and Latin shorthands never end one here: "He met Mr." at the end of a
 * paragraph still ends there, because paragraphs are split first.
 */
const TITLES = new Set(
  "mr mrs ms messrs dr prof st mt ft jr sr gen col lt maj sgt capt cmdr adm gov sen rep rev hon pres supt insp det vs cf approx al e.g i.e".split(
    " ",
  ),
);

/* Shorthands that stand before a number ("No. 10", "Jan. 5", "p. 4"); elsewhere ("No. It was not.") they are words. */
const BEFORE_NUMBERS = new Set(
  "no nos jan feb mar apr jun jul aug sep sept oct nov dec p pp vol art fig ch sec para".split(" "),
);

/*
 * A dotted initialism ("U.S.", "p.m.", "D.C.") ends the sentence only when a
 * word that usually opens one follows: "made in the U.S. Then it shipped"
 * splits, "the U.S. Army" does not.
 */
const SENTENCE_OPENERS = new Set(
  "a an the this that these those it its he she they we i you his her their our my there then but and so yet or in on at for by after before when while if as some many most no not one two three officials".split(
    " ",
  ),
);

const WORD_BEFORE = /[^\s"'“‘(\[]*$/u;
const WORD_AFTER = /^["'“‘(\[]*([\p{L}\p{N}]*)/u;
/** How far back to look for the word before a stop: longer "words" are not abbreviations anyway. */
const LOOK_BACK = 24;

/**
 * True when the full stop at `stop` in `paragraph` belongs to an abbreviation,
 * an initial or a list number, so the sentence that started at
 * `sentenceStart` goes on at `next`.
 */
export function isNotABoundary(
  paragraph: string,
  stop: number,
  sentenceStart: number,
  next: number,
): boolean {
  const from = Math.max(sentenceStart, stop - LOOK_BACK);
  const before = paragraph.slice(from, stop);
  const word = WORD_BEFORE.exec(before)?.[0] ?? "";
  const lower = word.toLowerCase();
  const following = WORD_AFTER.exec(paragraph.slice(next, next + LOOK_BACK))?.[1] ?? "";
  if (TITLES.has(lower)) return true;
  if (BEFORE_NUMBERS.has(lower)) return /^\p{N}/u.test(following);
  // "J. K. Rowling": a lone capital is an initial.
  if (/^\p{Lu}$/u.test(word)) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return !SENTENCE_OPENERS.has(following.toLowerCase());
  // "1. Bread prices rose": a number opening the sentence numbers a list item.
  return /^\p{N}{1,3}$/u.test(word) && from + before.length - word.length === sentenceStart;
}
