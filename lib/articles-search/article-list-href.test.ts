import { describe, expect, it } from "vitest";
import { articleListPageSchema } from "@/lib/schemas/article-list";
import { articleListHref, isFiltered, type ArticleListParams } from "./article-list-href";

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
          assignee: "cm8ana",
          leadEditor: "none",
          sort: "progress",
        },
        { cursor: "abc" },
      ],
      "/?q=rent+%26+control&status=disputed&published=withdrawn&createdFrom=2025-01-01&createdTo=2025-02-01&assignee=cm8ana&leadEditor=none&sort=progress&cursor=abc",
    ],
    ["a page back, filters kept", [{ q: "mayor" }, { before: "xyz" }], "/?q=mayor&before=xyz"],
    ["the due sort", [{ leadEditor: "cm8ed", sort: "due" }], "/?leadEditor=cm8ed&sort=due"],
  ])("%s", (_name, args, expected) => {
    expect(articleListHref(...args)).toBe(expected);
  });
});

/** What the list page reads back from a URL the list built. */
function readBack(href: string) {
  const params = Object.fromEntries(new URL(href, "http://desk.test").searchParams);
  return articleListPageSchema.parse(params);
}

describe("the list URL read back by the page", () => {
  it.each<[string, ArticleListParams]>([
    ["a person for each filter", { assignee: "cm8ana", leadEditor: "cm8ed", sort: "due" }],
    ["nobody for each filter", { assignee: "none", leadEditor: "none", sort: "newest" }],
    [
      "everything at once",
      {
        q: "rent control",
        status: "in_progress",
        published: "not_published",
        createdFrom: "2025-01-01",
        createdTo: "2025-02-01",
        assignee: "cm8ana",
        leadEditor: "none",
        sort: "activity",
      },
    ],
  ])("gives the same view for %s", (_name, params) => {
    expect(readBack(articleListHref(params, { cursor: "abc" }))).toEqual({
      ...params,
      cursor: "abc",
    });
  });

  it("leaves out what it cannot use: the form's blank Anyone, a mangled id, an unknown sort", () => {
    expect(readBack("/?assignee=&leadEditor=%3Cscript%3E&sort=soonest")).toEqual({ sort: "newest" });
  });
});

describe("isFiltered", () => {
  it("is false for no filters or only a sort, true for any filter", () => {
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ sort: "due" })).toBe(false);
    expect(isFiltered({ q: "x" })).toBe(true);
    expect(isFiltered({ createdTo: "2025-01-01" })).toBe(true);
    expect(isFiltered({ assignee: "none" })).toBe(true);
    expect(isFiltered({ leadEditor: "cm8ed" })).toBe(true);
  });
});
