import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

// Raw HTML in the source is escaped (html: false), so user text can never
// inject markup. Links are limited to http(s) and mailto; images are not
// allowed at all, since a report must not fetch anything from elsewhere.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
markdown.disable(["image"]);

// A second, independent line of defence: whatever markdown-it emits is
// filtered through an allowlist, so a parser bug cannot become an XSS hole.
const allowlist: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "strong",
    "em",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "hr",
    "h3",
    "h4",
    "h5",
    "h6",
    "s",
    // Tables (GFM pipe tables): a rationale often compares figures. Cell
    // alignment arrives as a style attribute, which is dropped.
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href", "rel"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  transformTags: {
    // Headings inside a rationale must not outrank the page's own headings.
    h1: "h3",
    h2: "h4",
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "nofollow noopener noreferrer" } }),
  },
};

/** Markdown from a user → HTML that is safe to render. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), allowlist);
}

const entities: Record<string, string> = {
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&amp;": "&",
};

/**
 * Markdown → plain text, for places that cannot show formatting (CSV).
 * The result is text, not HTML: whoever outputs it must escape it.
 */
export function markdownToText(source: string): string {
  return sanitizeHtml(markdown.render(source), { allowedTags: [], allowedAttributes: {} })
    .replace(/&(lt|gt|quot|#39|amp);/g, (entity) => entities[entity] ?? entity)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
