import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback-url";

describe("safeCallbackUrl", () => {
  it.each([
    ["a page path", "/articles/abc", "/articles/abc"],
    ["a path with a query", "/articles/abc?claim=1", "/articles/abc?claim=1"],
    ["a path with a fragment", "/articles/abc#claim-1", "/articles/abc#claim-1"],
    ["a relative path resolves from the root", "articles/abc", "/articles/abc"],
    ["dot segments are resolved", "/a/../articles", "/articles"],
    ["nothing", undefined, "/"],
    ["null", null, "/"],
    ["an empty string", "", "/"],
    ["another site", "https://evil.example/", "/"],
    ["another scheme", "javascript:alert(1)", "/"],
    ["a data URL", "data:text/html,<script>alert(1)</script>", "/"],
    ["a protocol-relative URL", "//evil.example/", "/"],
    ["a backslash trick", "/\\evil.example", "/"],
    ["two backslashes", "\\\\evil.example", "/"],
    ["a tab between the slashes", "/\t/evil.example/", "/"],
    ["a newline between the slashes", "/\n/evil.example/", "/"],
    ["a carriage return between the slashes", "/\r/evil.example/", "/"],
    ["a leading space", " //evil.example/", "/"],
    ["a leading control character", "\u0001//evil.example/", "/"],
    ["a tab inside the scheme", "java\tscript:alert(1)", "/"],
    ["credentials in front of a host", "//user:pass@evil.example/", "/"],
    ["an at sign in a path stays a path", "/@evil.example", "/@evil.example"],
    ["an encoded slash stays inside the path", "/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["an encoded backslash stays inside the path", "/%5Cevil.example", "/%5Cevil.example"],
    ["an encoded tab stays inside the path", "/%09/evil.example", "/%09/evil.example"],
    ["the sign-in page itself", "/signin?callbackUrl=/", "/"],
    ["the sign-in page, written oddly", "/./signin", "/"],
    ["a tab inside a safe path is dropped, as browsers do", "/arti\tcles", "/articles"],
  ])("%s", (_name, input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });

  it.each([
    [
      "an absolute URL on our origin becomes its path",
      "https://desk.example.org/articles?x=1",
      "/articles?x=1",
    ],
    ["our host on another port is another origin", "https://desk.example.org:8443/articles", "/"],
    ["our host over http is another origin", "http://desk.example.org/articles", "/"],
    ["a lookalike host", "https://desk.example.org.evil.example/", "/"],
  ])("with our origin: %s", (_name, input, expected) => {
    expect(safeCallbackUrl(input, "https://desk.example.org")).toBe(expected);
  });
});
