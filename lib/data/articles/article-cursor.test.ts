import { describe, expect, it } from "vitest";
import { decodeArticleCursor, encodeArticleCursor } from "./article-cursor";

const key = { createdAt: new Date("2025-03-14T09:30:00.123Z"), id: "cm8abc" };
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("article cursors", () => {
  it("round-trips the sort key, millisecond included", () => {
    expect(decodeArticleCursor(encodeArticleCursor(key))).toEqual(key);
  });

  it("is URL-safe", () => {
    expect(encodeArticleCursor({ createdAt: key.createdAt, id: "??>>~~" })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each<[string, string]>([
    ["empty", ""],
    ["not base64url JSON", "%%%"],
    ["plain text", Buffer.from("hello").toString("base64url")],
    ["an object", encode({ createdAt: "2025-03-14T09:30:00.123Z", id: "x" })],
    ["too many parts", encode(["2025-03-14T09:30:00.123Z", "x", 1])],
    ["not a date", encode(["yesterday", "x"])],
    ["a date in another form", encode(["2025-03-14", "x"])],
    ["an empty id", encode(["2025-03-14T09:30:00.123Z", ""])],
    ["a number id", encode(["2025-03-14T09:30:00.123Z", 5])],
  ])("refuses %s", (_name, cursor) => {
    expect(decodeArticleCursor(cursor)).toBeNull();
  });
});
