import { describe, expect, it } from "vitest";
import { archiveSearchQuerySchema, claimPageQuerySchema, dismissMatchSchema } from "./matches";

describe("the boundaries of Checked before?", () => {
  it("a dismissal names an archive entry, and nothing else", () => {
    expect(dismissMatchSchema.parse({ entryId: "fact-check:abc123" })).toEqual({
      entryId: "fact-check:abc123",
    });
    for (const entryId of [
      "abc123",
      "fact-check:",
      "claim:../x",
      "fact-check:a b",
      `claim:${"a".repeat(65)}`,
      7,
    ])
      expect(dismissMatchSchema.safeParse({ entryId }).success).toBe(false);
    expect(dismissMatchSchema.safeParse({ entryId: "claim:a", extra: 1 }).success).toBe(false);
  });

  it("an archive search needs words, and a top between 1 and 20", () => {
    expect(archiveSearchQuerySchema.parse({ q: "  bees  ", top: "3" })).toEqual({ q: "bees", top: 3 });
    expect(archiveSearchQuerySchema.safeParse({ q: "   " }).error?.issues[0]?.message).toMatch(/Give q/);
    for (const top of ["0", "21", "x", "1.5"])
      expect(archiveSearchQuerySchema.safeParse({ q: "bees", top }).success).toBe(false);
  });

  it("the claim page ignores a query it cannot use rather than failing to open", () => {
    expect(claimPageQuerySchema.parse({ archive: " bees ", basedOn: "claim:abc" })).toEqual({
      archive: "bees",
      basedOn: "claim:abc",
    });
    expect(claimPageQuerySchema.parse({ archive: "x".repeat(501), basedOn: "javascript:alert(1)" })).toEqual(
      {},
    );
    expect(claimPageQuerySchema.parse({ archive: ["a", "b"], basedOn: 5 })).toEqual({});
  });
});
