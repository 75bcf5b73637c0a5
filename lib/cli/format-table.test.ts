import { describe, expect, it } from "vitest";
import { truncate } from "@/lib/article/format";
import { formatTable } from "./format-table";

describe("formatTable", () => {
  it("aligns columns two spaces apart, numbers to the right, without trailing spaces", () => {
    const table = formatTable(
      [{ header: "ID" }, { header: "TITLE" }, { header: "CLAIMS", align: "right" }, { header: "STATE" }],
      [
        ["a1", "Short", "3/11", "in progress"],
        ["b22", "A longer title", "0/0", "no claims"],
      ],
    );
    expect(table).toBe(
      [
        "ID   TITLE           CLAIMS  STATE",
        "a1   Short             3/11  in progress",
        "b22  A longer title     0/0  no claims",
        "",
      ].join("\n"),
    );
  });

  it("prints only the header for no rows", () => {
    expect(formatTable([{ header: "ID" }, { header: "TITLE" }], [])).toBe("ID  TITLE\n");
  });
});

describe("truncate", () => {
  it.each([
    ["short", 10, "short"],
    ["exactly ten", 11, "exactly ten"],
    ["North Korea confirms its troops", 12, "North Korea…"],
    ["cut at a space ", 7, "cut at…"],
  ])("%j to %i", (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
    expect(truncate(text, max).length).toBeLessThanOrEqual(max);
  });
});
