import { describe, expect, it } from "vitest";
import { parseReportFrameAncestors } from "./report-embed-settings";

describe("parseReportFrameAncestors", () => {
  it.each([
    [undefined, ["*"]],
    ["", ["*"]],
    ["   ", ["*"]],
    ["'none'", ["'none'"]],
    ["https://news.example", ["https://news.example"]],
    [
      "https://news.example  https://*.news.example:8443 'self'",
      ["https://news.example", "https://*.news.example:8443", "'self'"],
    ],
  ])("%j → %j", (value, expected) => {
    expect(parseReportFrameAncestors(value)).toEqual(expected);
  });

  it.each([
    ["news.example", /news\.example/],
    ["javascript:alert(1)", /javascript/],
    ["https://a.example;script-src *", /script-src/],
    ["'unsafe-inline'", /unsafe-inline/],
    ["'none' https://news.example", /'none' cannot be combined/],
  ])("refuses %j", (value, message) => {
    expect(() => parseReportFrameAncestors(value)).toThrow(message);
  });
});
