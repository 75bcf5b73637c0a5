/*
 * Whether a claim's statement says exactly what its quote says, so a card
 * shows the words once. Editors often keep the quote as the statement; the
 * two then differ only in spacing (the quote keeps the article's line
 * breaks), in curly against straight quotation marks, or in a closing full
 * stop, or in case (a statement that only capitalises the quote repeats it).
 */

const QUOTES: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u2032": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u2033": '"',
};

function normalizeWording(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u2032\u201c\u201d\u201e\u2033]/g, (char) => QUOTES[char] ?? char)
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^["']+|["'.]+$/g, "")
    .trim()
    .toLowerCase();
}

/** True when the statement and the quote are the same words (spacing, quotation marks, case and a final full stop aside). */
export function isSameWording(statement: string, quote: string): boolean {
  return normalizeWording(statement) === normalizeWording(quote);
}
