/**
 * A light suffix stripper for English, so "vaccines"/"vaccine" and "arrested"/"arrests"/"arresting" meet. Weaker
 * than Porter on purpose: claims are short and full of names, and an aggressive stemmer merges words that
 * should stay apart. A final "e" is dropped after stripping, so "released" and "releases" agree ("releas").
 * Short words (and short stems: "voted" stays) and words with digits are left alone.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  return dropFinalE(stripSuffix(word));
}

function stripSuffix(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith("ies") && word.length > 5) return `${word.slice(0, -3)}y`;
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (word.endsWith("ing") && word.length > 6) return undouble(word.slice(0, -3));
  if (word.endsWith("ed") && word.length > 5 && !word.endsWith("eed")) return undouble(word.slice(0, -2));
  if (/(?:ch|sh|x|ss|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** "stopped" → "stopp" → "stop"; "called" keeps its "ll". */
function undouble(word: string): string {
  return /([bdgmnprt])\1$/.test(word) ? word.slice(0, -1) : word;
}

function dropFinalE(word: string): string {
  return word.length > 4 && word.endsWith("e") ? word.slice(0, -1) : word;
}
