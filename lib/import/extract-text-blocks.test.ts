import { describe, it, expect } from "vitest";
import { extractTextBlocks, type TextBlock } from "./extract-text-blocks";
import { readInertDocument } from "./inert-document";

const blocksOf = (html: string): TextBlock[] =>
  readInertDocument(html, undefined, (document) => extractTextBlocks(document.body));
const textsOf = (html: string): string[] => blocksOf(html).map((block) => block.text);

describe("extractTextBlocks", () => {
  it.each<[string, string, string[]]>([
    ["paragraphs", "<p>One.</p><p>Two.</p>", ["One.", "Two."]],
    [
      "inline markup becomes text",
      "<p>A <a href='/x'>link</a>, <em>emphasis</em> and <strong>bold</strong>.</p>",
      ["A link, emphasis and bold."],
    ],
    ["adjacent inline elements do not gain spaces", "<p><b>Bold</b><i>italic</i></p>", ["Bolditalic"]],
    ["<br> is a space", "<p>One<br>two<br/>three</p>", ["One two three"]],
    ["whitespace collapses", "<p>  lots \n\t of   space  </p>", ["lots of space"]],
    ["non-breaking spaces collapse too", "<p>a&nbsp;&nbsp;b</p>", ["a b"]],
    [
      "headings are their own paragraphs",
      "<h2>Sub</h2><p>Text.</p><h6>Small</h6>",
      ["Sub", "Text.", "Small"],
    ],
    [
      "a block quote of two paragraphs is two paragraphs",
      "<blockquote><p>A.</p><p>B.</p></blockquote>",
      ["A.", "B."],
    ],
    ["list items", "<ul><li>one</li><li>two</li></ul><ol><li>three</li></ol>", ["one", "two", "three"]],
    ["nested lists", "<ul><li>outer<ul><li>inner</li></ul></li></ul>", ["outer", "inner"]],
    ["a list item holding paragraphs", "<ul><li><p>para in item</p></li></ul>", ["para in item"]],
    [
      "text loose in a div next to blocks",
      "<div>Loose text<p>Para.</p>tail</div>",
      ["Loose text", "Para.", "tail"],
    ],
    ["table cells", "<table><tr><td>a</td><td>b</td></tr></table>", ["a", "b"]],
    ["empty blocks are dropped", "<p> </p><p></p><div><span> </span></div><p>Kept.</p>", ["Kept."]],
    [
      "hidden and aria-hidden content is dropped",
      "<p hidden>Hidden.</p><p aria-hidden='true'>Aria.</p><p>Shown.</p>",
      ["Shown."],
    ],
    ["comments are dropped", "<p>A<!-- secret -->B</p>", ["AB"]],
    ["no paragraph contains a newline", "<pre>line 1\n\nline 2</pre>", ["line 1 line 2"]],
  ])("%s", (_name, html, expected) => {
    expect(textsOf(html)).toEqual(expected);
  });

  it("reports the tag each block came from", () => {
    expect(blocksOf("<h1>T</h1><p>P</p><ul><li>L</li></ul><blockquote>Q</blockquote>Loose")).toEqual([
      { text: "T", tag: "h1" },
      { text: "P", tag: "p" },
      { text: "L", tag: "li" },
      { text: "Q", tag: "blockquote" },
      { text: "Loose", tag: "p" },
    ]);
  });
});
