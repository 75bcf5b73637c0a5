import { describe, expect, it } from "vitest";
import {
  isSameClaimant,
  matchesClaimFilters,
  readClaimFilters,
  withClaimFilters,
  type FilterableClaim,
} from "./claim-filters";

const claim: FilterableClaim = { status: "in_review", claimant: "Mayor  Jane Doe", ratingKeys: ["false"] };

describe("matchesClaimFilters", () => {
  it.each<[string, Parameters<typeof matchesClaimFilters>[1], boolean]>([
    ["no filters", {}, true],
    ["its status", { status: "in_review" }, true],
    ["another status", { status: "approved" }, false],
    ["its rating", { rating: "false" }, true],
    ["another rating", { rating: "true" }, false],
    ["its claimant in another case and spacing", { claimant: " mayor jane doe " }, true],
    ["part of its claimant", { claimant: "Mayor" }, false],
    ["all three", { status: "in_review", rating: "false", claimant: "Mayor Jane Doe" }, true],
    [
      "two that match and one that does not",
      { status: "in_review", rating: "true", claimant: "Mayor Jane Doe" },
      false,
    ],
  ])("%s: %s", (_name, filters, expected) => {
    expect(matchesClaimFilters(claim, filters)).toBe(expected);
  });

  it("never matches a claimant filter on a claim without claimant", () => {
    expect(isSameClaimant(null, "anyone")).toBe(false);
  });
});

describe("claim filters in the URL", () => {
  it("reads them, ignoring an unknown status and blank values", () => {
    expect(
      readClaimFilters(new URLSearchParams("claimStatus=approved&claimRating=false&claimant=+Jo+")),
    ).toEqual({
      status: "approved",
      rating: "false",
      claimant: "Jo",
    });
    expect(readClaimFilters(new URLSearchParams("claimStatus=nope&claimRating=&claimant=%20"))).toEqual({
      status: undefined,
      rating: undefined,
      claimant: undefined,
    });
  });

  it("sets and clears them, keeping the page's other parameters", () => {
    const params = new URLSearchParams("other=1&claimRating=true");
    expect(withClaimFilters(params, { status: "disputed", claimant: "Jo" }).toString()).toBe(
      "other=1&claimStatus=disputed&claimant=Jo",
    );
  });
});
