import { describe, expect, it } from "vitest";
import { formatArticleDate, hostOf, isSafeHttpUrl } from "./format";

describe("article display helpers", () => {
  it.each([
    [new Date("2025-04-28T00:00:00Z"), "28 April 2025"],
    [null, null],
  ])("formats %s as %s", (date, expected) => {
    expect(formatArticleDate(date)).toBe(expected);
  });

  it.each([
    ["https://www.upi.com/Top_News/x.html", "www.upi.com"],
    ["not a url", null],
    [null, null],
  ])("host of %s is %s", (url, expected) => {
    expect(hostOf(url)).toBe(expected);
  });

  it.each([
    ["https://example.org/a", true],
    ["http://example.org/a", true],
    ["javascript:alert(1)", false],
    ["data:text/html,<script>alert(1)</script>", false],
    ["//example.org", false],
    [null, false],
  ])("%s is a safe link: %s", (url, expected) => {
    expect(isSafeHttpUrl(url)).toBe(expected);
  });
});
