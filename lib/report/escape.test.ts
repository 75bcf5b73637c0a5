import { describe, it, expect } from "vitest";
import { escapeHtml, FALLBACK_COLOR, renderLink, toSafeColor, toSafeHref } from "./escape";

describe("escapeHtml", () => {
  it.each([
    ["plain", "plain"],
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    [`Q&A "quoted" 'single'`, "Q&amp;A &quot;quoted&quot; &#39;single&#39;"],
    ["&amp; stays double-escaped", "&amp;amp; stays double-escaped"],
    ["Зеленський 🇨🇳", "Зеленський 🇨🇳"],
  ])("%s", (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe("toSafeHref", () => {
  it.each<[string | null, string | null]>([
    ["https://example.org/a b", "https://example.org/a%20b"],
    ["http://example.org", "http://example.org/"],
    ["javascript:alert(1)", null],
    [" javascript:alert(1)", null],
    ["data:text/html,<b>x</b>", null],
    ["/relative/path", null],
    ["//example.org/x", null],
    [null, null],
  ])("%s → %s", (url, expected) => {
    expect(toSafeHref(url)).toBe(expected);
  });
});

describe("renderLink", () => {
  it.each([
    [
      "https://example.org/?a=1&b=2",
      "A & B",
      '<a href="https://example.org/?a=1&amp;b=2" rel="noopener noreferrer">A &amp; B</a>',
    ],
    ["javascript:alert(1)", "<click>", "&lt;click&gt;"],
    [
      'https://example.org/"onmouseover="x',
      "x",
      '<a href="https://example.org/%22onmouseover=%22x" rel="noopener noreferrer">x</a>',
    ],
  ])("%s", (url, text, expected) => {
    expect(renderLink(url, text)).toBe(expected);
  });
});

describe("toSafeColor", () => {
  it.each([
    ["#15803D", "#15803d"],
    ["#abc", "#abc"],
    ["red", FALLBACK_COLOR],
    ["#15803d;background:url(https://evil.example/x)", FALLBACK_COLOR],
    ['#fff" onload="x', FALLBACK_COLOR],
    // Stored colours reach React style props too (components/status/rating-chip.tsx), where SSR would keep the extra declaration.
    ["#000;background-image:url(http://127.0.0.1:9/hit/67)", FALLBACK_COLOR],
    ["expression(alert(64))", FALLBACK_COLOR],
    [" #15803d", FALLBACK_COLOR],
  ])("%s → %s", (color, expected) => {
    expect(toSafeColor(color)).toBe(expected);
  });
});
