import { describe, expect, it } from "vitest";
import { accountLinkUrl } from "@/lib/data/users/account-link-url";
import { publicOrigin } from "./public-origin";

const request = (
  headers: Record<string, string>,
  url = "http://localhost:3000/api/v1/articles/a1/report",
) => ({
  url,
  headers: new Headers(headers),
});

describe("the origin absolute URLs are built from", () => {
  it.each<[string, string | undefined, number, Record<string, string>, string]>([
    // [case, APP_URL, trusted proxy hops, request headers, origin]
    [
      "APP_URL wins over everything",
      "https://factcheck.example.org",
      1,
      { host: "10.0.0.5:3000", "x-forwarded-host": "other.example" },
      "https://factcheck.example.org",
    ],
    [
      "APP_URL with a trailing slash and default port",
      "https://factcheck.example.org:443/",
      0,
      { host: "127.0.0.1:3000" },
      "https://factcheck.example.org",
    ],
    ["APP_URL with a port", "http://127.0.0.1:3107", 0, { host: "localhost:3107" }, "http://127.0.0.1:3107"],
    [
      "no APP_URL: the Host the client asked for, not Next's localhost",
      undefined,
      0,
      { host: "127.0.0.1:41234" },
      "http://127.0.0.1:41234",
    ],
    [
      "an invalid APP_URL is not used (a production start refuses it)",
      "factcheck.example.org",
      0,
      { host: "127.0.0.1:3000" },
      "http://127.0.0.1:3000",
    ],
    [
      "forwarded host and scheme from a trusted proxy",
      undefined,
      1,
      { host: "10.0.0.5:3000", "x-forwarded-host": "factcheck.example.org", "x-forwarded-proto": "https" },
      "https://factcheck.example.org",
    ],
    [
      "forwarded headers without trusted proxies are ignored",
      undefined,
      0,
      { host: "10.0.0.5:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
      "http://10.0.0.5:3000",
    ],
    [
      "a list of forwarded values: the first, the client-facing proxy's",
      undefined,
      2,
      {
        host: "10.0.0.5",
        "x-forwarded-host": "factcheck.example.org, lb.internal",
        "x-forwarded-proto": "https, http",
      },
      "https://factcheck.example.org",
    ],
    [
      "only the scheme forwarded: the Host header's host",
      undefined,
      1,
      { host: "factcheck.example.org", "x-forwarded-proto": "https" },
      "https://factcheck.example.org",
    ],
    [
      "a forwarded host that is not a host name is ignored",
      undefined,
      1,
      { host: "10.0.0.5:3000", "x-forwarded-host": "evil.example/path?x", "x-forwarded-proto": "https" },
      "https://10.0.0.5:3000",
    ],
    [
      "a forwarded scheme other than http(s) is ignored",
      undefined,
      1,
      { host: "factcheck.example.org", "x-forwarded-proto": "javascript" },
      "http://factcheck.example.org",
    ],
    [
      "forwarded host with a port",
      undefined,
      1,
      { host: "10.0.0.5", "x-forwarded-host": "factcheck.example.org:8443", "x-forwarded-proto": "https" },
      "https://factcheck.example.org:8443",
    ],
    ["an IPv6 Host", undefined, 0, { host: "[::1]:3000" }, "http://[::1]:3000"],
    [
      "a malformed Host falls back to the request URL",
      undefined,
      0,
      { host: "bad host" },
      "http://localhost:3000",
    ],
    [
      "host names are case-insensitive",
      undefined,
      0,
      { host: "FactCheck.Example.ORG" },
      "http://factcheck.example.org",
    ],
  ])("%s", (_case, APP_URL, trustedHops, headers, expected) => {
    expect(publicOrigin(request(headers), { env: { APP_URL }, trustedHops })).toBe(expected);
  });

  it("builds join and reset URLs with the secret as the last segment", () => {
    expect(accountLinkUrl("https://desk.example.org", "invite", "fcl_abc-_1")).toBe(
      "https://desk.example.org/join/fcl_abc-_1",
    );
    expect(accountLinkUrl("https://desk.example.org", "password_reset", "fcl_x")).toBe(
      "https://desk.example.org/reset-password/fcl_x",
    );
  });
});
