import { describe, expect, it } from "vitest";
import { embedPath, embedTargetOf } from "./embed-target";

const ORIGIN = "https://factcheck.example.org";

describe("embedTargetOf", () => {
  it.each([
    ["/public/reports/art-1", { articleId: "art-1", claimNumber: null }],
    ["/public/reports/art-1/article", { articleId: "art-1", claimNumber: null }],
    ["/public/reports/art-1/claims/3", { articleId: "art-1", claimNumber: 3 }],
    ["/public/reports/art-1#claim-7", { articleId: "art-1", claimNumber: 7 }],
    ["/public/reports/caf%C3%A9", { articleId: "café", claimNumber: null }],
  ])("%s → the embed it names", (path, target) => {
    expect(embedTargetOf(`${ORIGIN}${path}`, ORIGIN)).toEqual(target);
  });

  it.each([
    ["another origin", "https://evil.example/public/reports/art-1"],
    ["another scheme", "http://factcheck.example.org/public/reports/art-1"],
    ["another port", "https://factcheck.example.org:8443/public/reports/art-1"],
    ["a version page", `${ORIGIN}/public/reports/art-1/versions/2`],
    ["a signed-in page", `${ORIGIN}/articles/art-1/report`],
    ["claim 0", `${ORIGIN}/public/reports/art-1/claims/0`],
    ["a claim that is not a number", `${ORIGIN}/public/reports/art-1/claims/x`],
    ["a query", `${ORIGIN}/public/reports/art-1?x=1`],
    ["another anchor", `${ORIGIN}/public/reports/art-1#summary`],
    ["an anchor on a card", `${ORIGIN}/public/reports/art-1/claims/2#claim-3`],
    ["a path past the card", `${ORIGIN}/public/reports/art-1/claims/2/x`],
    ["a non-canonical encoding", `${ORIGIN}/public/reports/%61rt-1`],
    ["a broken encoding", `${ORIGIN}/public/reports/%E0%A4%A`],
    ["credentials", "https://me:pw@factcheck.example.org/public/reports/art-1"],
    ["no URL at all", "art-1"],
  ])("refuses %s", (_what, url) => {
    expect(embedTargetOf(url, ORIGIN)).toBeNull();
  });
});

describe("embedPath", () => {
  it("frames the annotated article, or the claim's card", () => {
    expect(embedPath({ articleId: "a b", claimNumber: null })).toBe("/public/reports/a%20b/article");
    expect(embedPath({ articleId: "a", claimNumber: 2 })).toBe("/public/reports/a/claims/2");
  });
});
