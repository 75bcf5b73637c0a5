import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback-url";

describe("safeCallbackUrl", () => {
  it.each([
    ["a page path", "/articles/abc", "/articles/abc"],
    ["a path with a query", "/articles/abc?claim=1", "/articles/abc?claim=1"],
    ["nothing", undefined, "/"],
    ["an empty string", "", "/"],
    ["another site", "https://evil.example/", "/"],
    ["a protocol-relative URL", "//evil.example/", "/"],
    ["a backslash trick", "/\\evil.example", "/"],
    ["the sign-in page itself", "/signin?callbackUrl=/", "/"],
  ])("%s", (_name, input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });
});
