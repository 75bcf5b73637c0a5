import { describe, it, expect } from "vitest";
import { parseMarkdown } from "./parse-markdown";

const story = `# Council approves bridge repairs

The council voted **7 to 2** on Friday, says [the minutes](https://example.com/minutes).

## What happens next

> "This plan keeps traffic moving," said the mayor.
> She spoke after the vote.

- replacing the girders;
- resurfacing the deck, with \`code\` and _emphasis_.

1. First numbered step.
2. Second numbered step.

![A photo of the bridge](https://example.com/bridge.jpg)

Final paragraph with a hard  
line break.
`;

describe("parseMarkdown", () => {
  const article = parseMarkdown(story);

  it("takes the first # heading as the title", () => {
    expect(article).toMatchObject({
      title: "Council approves bridge repairs",
      format: "markdown",
      warnings: [],
    });
  });

  it("turns paragraphs, subheads, quotes and list items into plain paragraphs", () => {
    expect(article.paragraphs).toEqual([
      "The council voted 7 to 2 on Friday, says the minutes.",
      "What happens next",
      '"This plan keeps traffic moving," said the mayor. She spoke after the vote.',
      "replacing the girders;",
      "resurfacing the deck, with code and emphasis.",
      "First numbered step.",
      "Second numbered step.",
      "Final paragraph with a hard line break.",
    ]);
  });

  it.each<[string, string, { title?: string }, string, string[], string[]]>([
    [
      "no # heading: the first paragraph is the title",
      "Title line\n\nBody.",
      {},
      "Title line",
      ["Body."],
      ["The first paragraph was used as the title; check it."],
    ],
    [
      "a later # heading still is the title",
      "Intro.\n\n# Real title\n\nBody.",
      {},
      "Real title",
      ["Intro.", "Body."],
      [],
    ],
    ["a setext heading counts as # too", "Title\n=====\n\nBody.", {}, "Title", ["Body."], []],
    [
      "a given title keeps every block",
      "# Heading\n\nBody.",
      { title: "Typed" },
      "Typed",
      ["Heading", "Body."],
      [],
    ],
    ["a BOM is ignored", "\uFEFF# T\n\nBody.", {}, "T", ["Body."], []],
  ])("%s", (_name, source, options, title, paragraphs, warnings) => {
    expect(parseMarkdown(source, options)).toMatchObject({ title, paragraphs, warnings });
  });

  it.each<[string, string, string]>([
    ["empty text", "  \n", "The Markdown file has no text in it."],
    ["only a heading", "# Lonely", "We found a title but no article text in the file."],
  ])("refuses %s", (_name, source, message) => {
    expect(() => parseMarkdown(source)).toThrow(expect.objectContaining({ code: "VALIDATION", message }));
  });
});
