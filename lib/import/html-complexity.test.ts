import { describe, it, expect } from "vitest";
import {
  MAX_ELEMENTS,
  MAX_NESTING_DEPTH,
  assertElementCountWithinLimit,
  assertNestingWithinLimit,
} from "./html-complexity";
import { readInertDocument } from "./inert-document";

const nested = (tag: string, depth: number): string =>
  `${`<${tag}>`.repeat(depth)}x${`</${tag}>`.repeat(depth)}`;
const TOO_COMPLEX = expect.objectContaining({
  code: "VALIDATION",
  message: expect.stringMatching(/too deeply nested or too large/),
});

describe("assertNestingWithinLimit", () => {
  it.each<[string, string]>([
    ["nesting at the limit", nested("div", MAX_NESTING_DEPTH)],
    ["thousands of siblings", "<div>x</div>".repeat(50_000)],
    ["unclosed paragraphs and list items, which never nest", "<ul>" + "<li><p>item".repeat(5_000) + "</ul>"],
    [
      "void and self-closing elements",
      "<br><img src=x><hr>".repeat(5_000) + "<svg>" + "<path/>".repeat(5_000) + "</svg>",
    ],
    [
      "tags inside scripts and comments",
      `<script>${"<div>".repeat(5_000)}</script><!--${"<div>".repeat(5_000)}-->`,
    ],
  ])("accepts %s", (_name, html) => {
    expect(() => assertNestingWithinLimit(html)).not.toThrow();
  });

  it.each<[string, string]>([
    ["nesting past the limit", nested("div", MAX_NESTING_DEPTH + 1)],
    ["deep nesting of inline elements", nested("span", 20_000)],
    ["stray end tags that close nothing", "<div></x>".repeat(MAX_NESTING_DEPTH + 1)],
  ])("refuses %s", (_name, html) => {
    expect(() => assertNestingWithinLimit(html)).toThrow(TOO_COMPLEX);
  });

  it("refuses before jsdom spends time on it", () => {
    const started = Date.now();
    expect(() => readInertDocument(nested("span", 200_000), undefined, () => null)).toThrow(TOO_COMPLEX);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe("assertElementCountWithinLimit", () => {
  it.each<[number, boolean]>([
    [100, false],
    [MAX_ELEMENTS + 1, true],
  ])("with %i extra elements, refuses: %s", (count, refuses) => {
    const attempt = (): void =>
      readInertDocument("<i></i>".repeat(count), undefined, (document) =>
        assertElementCountWithinLimit(document),
      );
    if (refuses) expect(attempt).toThrow(TOO_COMPLEX);
    else expect(attempt).not.toThrow();
  });
});
