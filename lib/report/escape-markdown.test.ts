import MarkdownIt from "markdown-it";
import { describe, it, expect } from "vitest";
import { escapeMarkdown, markdownLink, quoteMarkdownBlock } from "./escape-markdown";

// A renderer that passes raw HTML through, like the least careful consumer of the file.
const permissive = new MarkdownIt({ html: true, linkify: false });
// Worse still: it also accepts every link scheme (markdown-it's own validateLink would hide a javascript: link).
const careless = new MarkdownIt({ html: true, linkify: true });
careless.validateLink = () => true;
/** Rendered HTML with tags removed: what a reader sees. */
const visibleText = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .trim();

describe("escapeMarkdown", () => {
  it.each([
    ["*stars* and _underscores_", "\\*stars\\* and \\_underscores\\_"],
    ["snake_case_word", "snake_case_word"],
    ["[link](javascript:x)", "\\[link\\](javascript:x)"],
    ["# not a heading | pipe", "\\# not a heading \\| pipe"],
    ["<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"],
    ["Q&A &amp; &#169;", "Q&A \\&amp; \\&\\#169;"],
    ["two\nlines\r\n- not a list", "two lines - not a list"],
    ['"quotes", commas, Зеленський 🇨🇳', '"quotes", commas, Зеленський 🇨🇳'],
  ])("%s", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each([
    "*stars* _u_ **b** `code` [l](http://x.org) <b>tag</b> # h | p ~~s~~ &amp; snake_case",
    "<img src=x onerror=alert(1)>",
    "1. not a list\n# not a heading",
    "Q&A &amp; &#169; &copy;",
  ])("renders literally: %s", (input) => {
    const html = permissive.renderInline(escapeMarkdown(input));
    expect(html).not.toMatch(/<(?!\/?p>)[a-z]/);
    expect(visibleText(html)).toBe(input.replace(/\s*\n\s*/g, " "));
  });
});

describe("markdownLink", () => {
  it.each<[string | null, string, string]>([
    ["https://example.org/a_(b)", "A [b]", "[A \\[b\\]](https://example.org/a_%28b%29)"],
    ["javascript:alert(1)", "Click", "Click"],
    [null, "No URL", "No URL"],
  ])("%s", (url, text, expected) => {
    expect(markdownLink(url, text)).toBe(expected);
  });
});

describe("quoteMarkdownBlock", () => {
  it("keeps the formatting, inside a blockquote", () => {
    expect(quoteMarkdownBlock("**Bold** and a [source](https://example.org).\n\nSecond paragraph.")).toBe(
      "> **Bold** and a [source](https://example.org).\n>\n> Second paragraph.",
    );
  });

  it.each([
    ["raw HTML", "<script>alert(1)</script>\n<img src=x onerror=alert(2)>", /<script|<img/],
    ["javascript: link", "[click](javascript:alert(1))", /href="javascript/],
    ["reference link", "[click][x]\n\n[x]: javascript:alert(1)", /href="javascript/],
    ["autolink", "<javascript:alert(1)>", /href="javascript/],
    ["autolink-looking raw HTML", '<https://x.org/"onmouseover="alert(1)" >', /onmouseover="/],
    ["raw HTML after an autolink", "<https://example.org/a> <img src=x onerror=alert(1)>", /<img/],
    ["ATX heading", "# Heading\n## Sub", /<h[1-6]/],
    ["setext heading", "Heading\n===\nOther\n---", /<h[1-6]/],
    ["unclosed fence", "```\ncode without end", /<code>[^<]*after/],
    // Holes found by e2e/security/xss.spec.ts (the Markdown export rendered by a careless renderer):
    ["raw HTML behind a typed backslash", "\\<img src=x onerror=alert(1)>", /<img/],
    ["raw HTML behind two typed backslashes", "\\\\<img src=x onerror=alert(1)>", /<img/],
    ["reference definition in a list item", "- [r]: javascript:alert(1)\n\n[go][r]", /href="javascript/],
    ["reference definition in an ordered list", "1. [r]: javascript:alert(1)\n\n[go][r]", /href="javascript/],
    ["reference definition in a nested quote", "> [r]: javascript:alert(1)\n\n[go][r]", /href="javascript/],
    [
      "reference definition behind a typed backslash",
      "[r\\\\]: javascript:alert(1)\n\n[go][r\\\\]",
      /href="javascript/,
    ],
    ["image (a request from the reader's renderer)", "![pixel](https://tracker.example/p.gif)", /<img/],
    ["reference image", "![pixel][p]\n\n[p]: https://tracker.example/p.gif", /<img/],
    ["data: link", "[x](data:text/html,<script>alert(1)</script>)", /href="data/],
    ["vbscript: link", "[x](vbscript:msgbox(1))", /href="vbscript/],
  ])("contains %s", (_name, rationale, forbidden) => {
    const document = `${quoteMarkdownBlock(rationale)}\n\nafter`;
    const html = careless.render(document);
    expect(html).not.toMatch(forbidden);
    expect(html.trim().endsWith("<p>after</p>")).toBe(true);
  });
});

describe("quoteMarkdownBlock keeps what is safe", () => {
  it.each([
    ["an http link", "[source](https://example.org/a)", '<a href="https://example.org/a">source</a>'],
    [
      "an http reference link",
      "[s][1]\n\n[1]: https://example.org/b",
      '<a href="https://example.org/b">s</a>',
    ],
    [
      "an image, as a link",
      "![chart](https://example.org/c.png)",
      '!<a href="https://example.org/c.png">chart</a>',
    ],
    [
      "an http autolink",
      "See <https://example.org/report?id=1&x=2>.",
      '<a href="https://example.org/report?id=1&amp;x=2">https://example.org/report?id=1&amp;x=2</a>',
    ],
    ["a mailto autolink", "<mailto:desk@example.org>", '<a href="mailto:desk@example.org">'],
    // The user's own "\\<" was already an escape: it renders as "<", as it would have without the quoting.
    ["a typed escape", "C:\\path\\<dir>", "C:\\path&lt;dir&gt;"],
  ])("%s", (_name, rationale, expected) => {
    expect(careless.render(quoteMarkdownBlock(rationale))).toContain(expected);
  });
});
