import { describe, expect, it } from "vitest";
import { isCrossSite } from "./authenticate-request";

describe("isCrossSite", () => {
  it.each([
    [
      "same origin fetch",
      { "sec-fetch-site": "same-origin", origin: "http://app.test", host: "app.test" },
      false,
    ],
    ["typed into the address bar", { "sec-fetch-site": "none", host: "app.test" }, false],
    ["no browser headers (curl)", { host: "app.test" }, false],
    ["another site, by Sec-Fetch-Site", { "sec-fetch-site": "cross-site", host: "app.test" }, true],
    ["a sibling subdomain", { "sec-fetch-site": "same-site", host: "app.test" }, true],
    ["another origin, old browser", { origin: "https://evil.example", host: "app.test" }, true],
    ["another port", { origin: "http://app.test:8080", host: "app.test" }, true],
    [
      "behind a proxy",
      { origin: "https://news.example", host: "127.0.0.1:3000", "x-forwarded-host": "news.example" },
      false,
    ],
    ["a garbled origin", { origin: "null", host: "app.test" }, true],
  ])("%s", (_name, headers, expected) => {
    expect(isCrossSite(new Headers(headers as Record<string, string>))).toBe(expected);
  });
});
