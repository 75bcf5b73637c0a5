import { describe, expect, it } from "vitest";
import { readAppUrl } from "./app-url";

describe("APP_URL", () => {
  it.each([
    [undefined, null],
    ["  ", null],
    ["https://factcheck.example.org", { origin: "https://factcheck.example.org" }],
    ["https://factcheck.example.org/", { origin: "https://factcheck.example.org" }],
    ["http://127.0.0.1:3000", { origin: "http://127.0.0.1:3000" }],
  ])("%s is %o", (APP_URL, expected) => expect(readAppUrl({ APP_URL })).toEqual(expected));

  it.each([
    "factcheck.example.org",
    "ftp://factcheck.example.org",
    "https://example.org/desk",
    "https://example.org/?a=1",
    "https://user:pw@example.org",
  ])("%s is refused with a message saying what to give", (APP_URL) =>
    expect(readAppUrl({ APP_URL })).toEqual({
      problem: `Invalid APP_URL "${APP_URL}": give the app's public origin, like https://factcheck.example.org (http or https, no path).`,
    }),
  );
});
