/** The longest search the list accepts, in characters. */
export const SEARCH_MAX = 200;

/**
 * What a search box sent, as the words to look for: trimmed, runs of
 * whitespace (a pasted line break, a tab) made one space, so "  rent
 * \n control " finds "rent control". Blank means no search (undefined).
 */
export function normalizeSearch(raw: string | undefined | null): string | undefined {
  const words = (raw ?? "").replace(/\s+/g, " ").trim();
  return words === "" ? undefined : words;
}
