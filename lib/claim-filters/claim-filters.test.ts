import { describe, expect, it } from "vitest";
import {
  isSameClaimant,
  matchesClaimFilters,
  readClaimFilters,
  withClaimFilters,
  type FilterableClaim,
} from "./claim-filters";

const claim: FilterableClaim = {
  status: "in_review",
  claimant: "Mayor  Jane Doe",
  ratingKeys: ["false"],
  assignee: { id: "user-ana" },
};
const unassigned: FilterableClaim = { ...claim, assignee: null };

describe("matchesClaimFilters", () => {
  it.each<[string, Parameters<typeof matchesClaimFilters>[1], boolean]>([
    ["no filters", {}, true],
    ["its status", { status: "in_review" }, true],
    ["another status", { status: "approved" }, false],
    ["its rating", { rating: "false" }, true],
    ["another rating", { rating: "true" }, false],
    ["its claimant in another case and spacing", { claimant: " mayor jane doe " }, true],
    ["part of its claimant", { claimant: "Mayor" }, false],
    ["its assignee", { assignee: "user-ana" }, true],
    ["another assignee", { assignee: "user-ben" }, false],
    ["nobody, when it has an assignee", { assignee: "none" }, false],
    [
      "all four",
      { status: "in_review", rating: "false", claimant: "Mayor Jane Doe", assignee: "user-ana" },
      true,
    ],
    [
      "two that match and one that does not",
      { status: "in_review", rating: "true", claimant: "Mayor Jane Doe" },
      false,
    ],
  ])("%s: %s", (_name, filters, expected) => {
    expect(matchesClaimFilters(claim, filters)).toBe(expected);
  });

  it("matches nobody, and no person, on a claim without an assignee", () => {
    expect(matchesClaimFilters(unassigned, { assignee: "none" })).toBe(true);
    expect(matchesClaimFilters(unassigned, { assignee: "user-ana" })).toBe(false);
  });

  it("never matches a claimant filter on a claim without claimant", () => {
    expect(isSameClaimant(null, "anyone")).toBe(false);
  });
});

describe("claim filters in the URL", () => {
  it("reads them, ignoring an unknown status and blank values", () => {
    expect(
      readClaimFilters(
        new URLSearchParams("claimStatus=approved&claimRating=false&claimant=+Jo+&claimAssignee=user-ana"),
      ),
    ).toEqual({
      status: "approved",
      rating: "false",
      claimant: "Jo",
      assignee: "user-ana",
    });
    expect(
      readClaimFilters(new URLSearchParams("claimStatus=nope&claimRating=&claimant=%20&claimAssignee=")),
    ).toEqual({
      status: undefined,
      rating: undefined,
      claimant: undefined,
      assignee: undefined,
    });
  });

  it("sets and clears them, keeping the page's other parameters", () => {
    const params = new URLSearchParams("other=1&claimRating=true&claimAssignee=user-ben");
    expect(withClaimFilters(params, { status: "disputed", claimant: "Jo" }).toString()).toBe(
      "other=1&claimStatus=disputed&claimant=Jo",
    );
  });

  it("reads back what it wrote, the assignee included", () => {
    const filters = { status: "approved", rating: "true", claimant: "Jo", assignee: "none" } as const;
    expect(readClaimFilters(withClaimFilters(new URLSearchParams(), filters))).toEqual(filters);
  });
});
