import { isSafeHttpUrl } from "../article/format";

/*
 * Every string in a report model came from a person (article text, claim
 * statements, source titles, settings), so every one is escaped on the way
 * into HTML or SVG. Attribute values are always double-quoted, which is why
 * escaping these five characters is enough for text and attributes alike.
 */

const htmlEntities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text → HTML/XML that shows it literally, safe in element content and in double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEntities[character] ?? character);
}

/**
 * The URL to put in an href, or null when it must not become a link. Only
 * http(s) passes (javascript:, data: and relative URLs do not); the URL is
 * returned as the parser normalised it, so what was checked is what is
 * emitted. Still escape it when writing it into an attribute.
 */
export function toSafeHref(url: string | null): string | null {
  if (!isSafeHttpUrl(url)) return null;
  return new URL(url).href;
}

/**
 * A path on this site ("/public/reports/…"): one leading slash and then not
 * another, nor a backslash ("//host" and "/\host" are other sites to a browser).
 */
export function isSameSitePath(url: string): boolean {
  return /^\/(?![/\\])/.test(url);
}

/** `<a href>` for a safe URL; otherwise the text alone, so a bad URL never becomes a link. */
export function renderLink(url: string | null, text: string, rel = "noopener noreferrer"): string {
  const href = toSafeHref(url);
  if (href === null) return escapeHtml(text);
  return `<a href="${escapeHtml(href)}" rel="${escapeHtml(rel)}">${escapeHtml(text)}</a>`;
}

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
/** Neutral grey, AA as text on white, for a rating colour that is not a plain hex value. */
export const FALLBACK_COLOR = "#475569";

/**
 * A rating colour that is safe inside a style attribute or SVG fill. Colours
 * are admin input: anything but #rgb/#rrggbb (e.g. `red;background:url(…)`)
 * becomes grey, so a colour can never smuggle CSS or a request.
 */
export function toSafeColor(color: string): string {
  return HEX_COLOR.test(color) ? color.toLowerCase() : FALLBACK_COLOR;
}
