import { describe, expect, it } from "vitest";
import { decodeArticleCursor, encodeArticleCursor, type ArticleCursor } from "./article-cursor";

const at = new Date("2025-03-14T09:30:00.123Z");
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("article cursors", () => {
  it.each<[string, ArticleCursor]>([
    ["newest", { sort: "newest", key: at, id: "cm8abc" }],
    ["activity", { sort: "activity", key: at, id: "cm8abc" }],
    ["progress", { sort: "progress", key: 0.375, id: "cm8abc" }],
    ["progress at nothing done", { sort: "progress", key: 0, id: "cm8abc" }],
    ["due", { sort: "due", key: new Date("2025-03-14T00:00:00.000Z"), id: "cm8abc" }],
  ])("round-trips the %s sort key, millisecond or fraction included", (_name, cursor) => {
    expect(decodeArticleCursor(encodeArticleCursor(cursor))).toEqual(cursor);
  });

  it("still reads the newest-first cursors given out before there were other sorts", () => {
    expect(decodeArticleCursor(encode(["2025-03-14T09:30:00.123Z", "cm8abc"]))).toEqual({
      sort: "newest",
      key: at,
      id: "cm8abc",
    });
  });

  it("is URL-safe", () => {
    expect(encodeArticleCursor({ sort: "activity", key: at, id: "??>>~~" })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each<[string, string]>([
    ["empty", ""],
    ["not base64url JSON", "%%%"],
    ["plain text", Buffer.from("hello").toString("base64url")],
    ["an object", encode({ createdAt: "2025-03-14T09:30:00.123Z", id: "x" })],
    ["too many parts", encode(["2025-03-14T09:30:00.123Z", "x", 1])],
    ["an unknown sort", encode(["soonest", "2025-03-14T09:30:00.123Z", "x"])],
    ["a due cursor with a number", encode(["due", 5, "x"])],
    ["a due cursor with a plain day", encode(["due", "2025-03-14", "x"])],
    ["newest named", encode(["newest", "2025-03-14T09:30:00.123Z", "x"])],
    ["not a date", encode(["yesterday", "x"])],
    ["a date in another form", encode(["2025-03-14", "x"])],
    ["an activity cursor with a number", encode(["activity", 5, "x"])],
    ["a progress cursor with a date", encode(["progress", "2025-03-14T09:30:00.123Z", "x"])],
    ["a progress over 1", encode(["progress", 1.5, "x"])],
    ["an empty id", encode(["2025-03-14T09:30:00.123Z", ""])],
    ["a number id", encode(["2025-03-14T09:30:00.123Z", 5])],
  ])("refuses %s", (_name, cursor) => {
    expect(decodeArticleCursor(cursor)).toBeNull();
  });
});
