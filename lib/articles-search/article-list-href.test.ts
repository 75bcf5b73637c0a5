import { describe, expect, it } from "vitest";
import { articleListHref, isFiltered } from "./article-list-href";

describe("articleListHref", () => {
  it.each<[string, Parameters<typeof articleListHref>, string]>([
    ["nothing", [{}], "/"],
    ["the default sort", [{ sort: "newest" }], "/"],
    [
      "every filter and a cursor",
      [
        {
          q: "rent & control",
          status: "disputed",
          published: "withdrawn",
          createdFrom: "2025-01-01",
          createdTo: "2025-02-01",
          sort: "progress",
        },
        { cursor: "abc" },
      ],
      "/?q=rent+%26+control&status=disputed&published=withdrawn&createdFrom=2025-01-01&createdTo=2025-02-01&sort=progress&cursor=abc",
    ],
    ["a page back, filters kept", [{ q: "mayor" }, { before: "xyz" }], "/?q=mayor&before=xyz"],
  ])("%s", (_name, args, expected) => {
    expect(articleListHref(...args)).toBe(expected);
  });
});

describe("isFiltered", () => {
  it("is false for no filters or only a sort, true for any filter", () => {
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ sort: "activity" })).toBe(false);
    expect(isFiltered({ q: "x" })).toBe(true);
    expect(isFiltered({ createdTo: "2025-01-01" })).toBe(true);
  });
});
