import { describe, expect, it } from "vitest";
import { listArticlesQuerySchema } from "./article";

/** The message zod gives for `field`, or the parsed query when valid. */
function messageFor(query: Record<string, string>, field: string): string | undefined {
  const parsed = listArticlesQuerySchema.safeParse(query);
  return parsed.success ? undefined : parsed.error.issues.find((issue) => issue.path[0] === field)?.message;
}

describe("GET /articles query", () => {
  it("defaults to newest first with no search", () => {
    expect(listArticlesQuerySchema.parse({})).toEqual({ sort: "newest", limit: 20 });
  });

  it("normalizes the search words and treats a blank search as none", () => {
    expect(listArticlesQuerySchema.parse({ q: "  rent \n control " }).q).toBe("rent control");
    expect(listArticlesQuerySchema.parse({ q: "   " }).q).toBeUndefined();
  });

  it("accepts every filter and sort together", () => {
    const query = {
      q: "mayor",
      status: "disputed",
      published: "withdrawn",
      createdFrom: "2025-01-01",
      createdTo: "2025-01-01",
      assignee: "cm8ana",
      leadEditor: "none",
      sort: "due",
    };
    expect(listArticlesQuerySchema.parse(query)).toMatchObject(query);
  });

  it.each<[string, Record<string, string>, string, RegExp]>([
    ["a date in another form", { createdFrom: "14/03/2025" }, "createdFrom", /YYYY-MM-DD/],
    ["a day that does not exist", { createdTo: "2025-02-30" }, "createdTo", /does not exist/],
    [
      "a range ending before it starts",
      { createdFrom: "2025-03-02", createdTo: "2025-03-01" },
      "createdTo",
      /before the from date/,
    ],
    ["an unknown sort", { sort: "soonest" }, "sort", /newest, activity, progress, due/],
    ["an assignee that is not an id", { assignee: "Jane Doe" }, "assignee", /user id, or none/],
    ["a lead editor too long", { leadEditor: "x".repeat(101) }, "leadEditor", /user id, or none/],
    ["an unknown published state", { published: "yes" }, "published", /published, not_published, withdrawn/],
    ["a search too long", { q: "x".repeat(201) }, "q", /200 characters/],
  ])("refuses %s, naming the parameter", (_name, query, field, message) => {
    expect(messageFor(query, field)).toMatch(message);
  });
});
