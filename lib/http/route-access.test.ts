import { describe, expect, it } from "vitest";
import { isAnonymousPath, isPathUnder } from "./route-access";

describe("isAnonymousPath", () => {
  it.each([
    ["/signin", true],
    ["/signin?x", false], // a pathname never holds the query; listed to show it is not a prefix match
    ["/signinx", false],
    ["/public/reports/abc", true],
    ["/join/fcl_secret", true],
    ["/reset-password/fcl_secret", true],
    ["/setup", true],
    ["/setups", false],
    ["/api/auth/callback/credentials", true],
    ["/api/v1/openapi.json", true],
    ["/api/v1/openapi.jsonx", false],
    ["/api/v1/account-links/invitation", true],
    ["/api/health", true],
    ["/api/healthz", false],
    ["/api/v1/articles", false],
    ["/", false],
    ["/articles/abc", false],
    ["/admin/users", false],
  ])("%s → %s", (pathname, anonymous) => {
    expect(isAnonymousPath(pathname)).toBe(anonymous);
  });
});

describe("isPathUnder", () => {
  it.each([
    ["/a", "/a", true],
    ["/a/b", "/a", true],
    ["/ab", "/a", false],
    ["/", "/a", false],
  ])("%s under %s → %s", (pathname, base, under) => {
    expect(isPathUnder(pathname, base)).toBe(under);
  });
});
