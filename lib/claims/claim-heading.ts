/*
 * The statement is pre-filled with the highlighted words, so many claims
 * keep a raw fragment of the article ("exports rose 12% in March,") as
 * their statement. Shown as a heading, such a fragment gets a capital first
 * letter and loses the punctuation the selection dragged in at its ends; a
 * statement an editor wrote differently is shown exactly as written.
 */

const STRAY_START = /^[\s,;:.\-–—…)\]]+/u;
const STRAY_END = /[\s,;:\-–—(\[]+$/u;

/** The claim's heading: its statement, tidied only when it is still the quote itself. */
export function claimHeading(statement: string, exact: string): string {
  const written = statement.trim();
  if (written !== exact.trim()) return written;
  const tidy = written.replace(STRAY_START, "").replace(STRAY_END, "");
  if (tidy === "") return written;
  return tidy.charAt(0).toLocaleUpperCase("en") + tidy.slice(1);
}

/** Whether the statement says no more than the quote (so the page need not show both). */
export function isStatementTheQuote(statement: string, exact: string): boolean {
  return statement.trim() === exact.trim();
}
