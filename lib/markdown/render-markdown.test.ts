import { describe, expect, it } from "vitest";
import { markdownToText, renderMarkdown } from "./render-markdown";

describe("renderMarkdown", () => {
  it.each([
    [
      "bold and emphasis",
      "**Confirmed** by *two* sources",
      "<p><strong>Confirmed</strong> by <em>two</em> sources</p>",
    ],
    ["a list", "- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>"],
    [
      "a safe link",
      "[report](https://example.org/a)",
      '<p><a href="https://example.org/a" rel="nofollow noopener noreferrer">report</a></p>',
    ],
    ["a top-level heading, demoted", "# Title", "<h3>Title</h3>"],
    [
      "a table, without its alignment styles",
      "| Year | Deaths |\n|:--|--:|\n| 2023 | 1,204 |",
      "<table>\n<thead>\n<tr>\n<th>Year</th>\n<th>Deaths</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>2023</td>\n<td>1,204</td>\n</tr>\n</tbody>\n</table>",
    ],
  ])("renders %s", (_name, source, html) => {
    expect(renderMarkdown(source).trim()).toBe(html);
  });

  it.each([
    ["a script tag", "<script>alert(1)</script>", "<script"],
    ["an event handler attribute", '<img src=x onerror="alert(1)">', "<img"],
    ["a javascript: link", "[click](javascript:alert(1))", 'href="javascript'],
    ["a data: link", "[x](data:text/html;base64,PHNjcmlwdD4=)", 'href="data:'],
    ["a vbscript: link", "[x](vbscript:msgbox(1))", 'href="vbscript'],
    ["an image (no external requests)", "![pixel](https://tracker.example/p.gif)", "<img"],
    ["an iframe", '<iframe src="https://evil.example"></iframe>', "<iframe"],
    ["a style element", "<style>body{display:none}</style>", "<style"],
    ["a style attribute from a table's alignment", "| a |\n|--:|\n| 1 |", "style="],
  ])("neutralises %s", (_name, source, forbidden) => {
    expect(renderMarkdown(source)).not.toContain(forbidden);
  });

  it("keeps raw HTML as visible, escaped text", () => {
    expect(renderMarkdown("<b>bold?</b>")).toBe("<p>&lt;b&gt;bold?&lt;/b&gt;</p>\n");
  });
});

describe("markdownToText", () => {
  it("drops formatting and markup", () => {
    expect(markdownToText("**Bold** and [a link](https://example.org) <script>x</script>")).toBe(
      "Bold and a link <script>x</script>",
    );
  });
});
