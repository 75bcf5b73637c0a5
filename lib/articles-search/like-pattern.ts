/*
 * A user's search words as a SQL LIKE pattern that matches them anywhere,
 * literally. `%` and `_` are LIKE's wildcards and `\` is the escape
 * character the query names (ESCAPE '\'), so all three are escaped: a
 * search for "50%" finds "50%", not "50 anything". The pattern is lower
 * case; the query compares it with lower(column), which works on SQLite and
 * PostgreSQL alike (SQLite lowers ASCII letters only).
 */
export function containsPattern(words: string): string {
  return `%${escapeLike(words.toLowerCase())}%`;
}

/** `text` with LIKE's wildcards and the escape character escaped by `\`. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
