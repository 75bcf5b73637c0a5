import { toSafeHref } from "./escape";

/*
 * Markdown for the report must read well as plain text and render the same
 * text in any CommonMark/GFM renderer, including ones that pass raw HTML
 * through. User text is escaped so it shows literally; a rationale is
 * Markdown already, so it keeps its formatting but is fenced into a
 * blockquote and stripped of what could escape it or harm a reader.
 */

/** Characters that start Markdown syntax anywhere in a line, and "&" where it would start an entity. */
const INLINE_SYNTAX = /[\\`*[\]<>#|~_]|&(?=#?\w+;)/g;

/**
 * User text → one line of Markdown that renders literally. Newlines become
 * spaces: a line break inside a list item or heading could start a new
 * block (a "# heading", a "- list") outside the place we put the text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, " ")
    .replace(INLINE_SYNTAX, (character, offset: number, whole: string) =>
      // An underscore inside a word never makes emphasis; leave it readable.
      character === "_" && /\w/.test(whole.charAt(offset - 1)) && /\w/.test(whole.charAt(offset + 1))
        ? character
        : `\\${character}`,
    );
}

/** `[text](url)` for an http(s) URL, else the escaped text alone, so a bad URL never becomes a link. */
export function markdownLink(url: string | null, text: string): string {
  const href = toSafeHref(url);
  if (href === null) return escapeMarkdown(text);
  // Parentheses would end the destination early; the URL parser already encoded spaces and angle brackets.
  const destination = href.replace(/\(/g, "%28").replace(/\)/g, "%29");
  return `[${escapeMarkdown(text)}](${destination})`;
}

/**
 * `\\` before every match of `pattern` (one character, or a lookahead-led
 * position) that is not already escaped. A backslash the user typed right
 * before it counts: after an odd run the character is escaped already, after
 * an even run (`\\<`, a literal backslash) it is not, and blindly adding one
 * more would turn the user's backslash into the escape and free the `<`.
 */
function escapeUnescaped(line: string, pattern: RegExp): string {
  return line.replace(pattern, (match: string, ...rest: unknown[]) => {
    const offset = rest.find((value) => typeof value === "number") as number;
    const before = /\\*$/.exec(line.slice(0, offset))![0].length;
    return before % 2 === 0 ? `\\${match}` : match;
  });
}

/** Not followed by an http(s) or mailto destination. */
const NOT_WEB = String.raw`(?!\s*<?\s*(?:https?:|mailto:))`;

/**
 * A "<" that does not open an http(s) or mailto autolink such as
 * `<https://example.org/a>`: those stay links. An autolink holds no spaces,
 * "<" or ">", so it cannot carry markup, and no HTML tag name has a colon.
 */
const NOT_WEB_AUTOLINK = /<(?!(?:https?:\/\/|mailto:)[^\s<>]+>)/gi;

/**
 * A user's Markdown as a blockquote that cannot break out of it: every line
 * gets "> ", raw HTML and autolinks other than http(s) and mailto are escaped, links to anything but
 * http(s)/mailto are turned back into text, images become links (a report
 * must not make its reader's renderer fetch anything), and headings (ATX and
 * setext) are shown literally so they do not join the report's outline.
 * Link reference definitions are recognised inside list items and nested
 * quotes too, so their `]:` is escaped wherever it stands.
 */
export function quoteMarkdownBlock(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, "\n")
    .trim()
    .split("\n")
    .map((line) => {
      let escaped = escapeUnescaped(line, NOT_WEB_AUTOLINK);
      escaped = escapeUnescaped(escaped, /!(?=\[)/g);
      escaped = escapeUnescaped(escaped, new RegExp(String.raw`\](?=:${NOT_WEB})`, "gi"));
      return escaped
        .replace(new RegExp(String.raw`\]\(${NOT_WEB}`, "gi"), "]\\(")
        .replace(/^(\s{0,3})(#{1,6})(?=\s|$)/, "$1\\$2")
        .replace(/^(\s{0,3})([=-]+\s*)$/, "$1\\$2");
    })
    .map((line) => (line === "" ? ">" : `> ${line}`))
    .join("\n");
}
