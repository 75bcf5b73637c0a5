import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  createNonce,
  headerProfileOf,
  referrerPolicyOf,
  securityHeaders,
  type SecurityHeaderOptions,
} from "./security-headers";

const base: SecurityHeaderOptions = {
  pathname: "/",
  nonce: "bm9uY2Utdmx1ZQ==",
  https: false,
  development: false,
  reportFrameAncestors: ["*"],
};

/** A policy as directive → sources, to assert on one directive at a time. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe("headerProfileOf", () => {
  it.each([
    ["/", "page"],
    ["/signin", "page"],
    ["/articles/abc/report", "page"],
    ["/api/auth/session", "page"],
    ["/join/fcl_secret", "page"],
    ["/api/v1", "api"],
    ["/api/v1/articles", "api"],
    ["/api/v1/openapi.json", "api"],
    ["/api/v1x", "page"],
    ["/public/reports/abc", "embeddable-report"],
    ["/public/reports/abc/versions/2", "embeddable-report"],
    ["/public/other", "page"],
    ["/public/reports/abc/article", "embeddable-report"],
    ["/public/reports/abc/claims/3", "embeddable-report"],
    ["/public/oembed", "api"],
    ["/public/feeds/atom.xml", "api"],
    ["/public/feeds/feed.json", "api"],
    ["/public/feeds", "page"],
    ["/public/oembedx", "page"],
  ])("%s → %s", (pathname, profile) => {
    expect(headerProfileOf(pathname)).toBe(profile);
  });
});

describe("the pages' Content-Security-Policy", () => {
  const policy = directives(contentSecurityPolicy(base));

  it("lets scripts run only with this response's nonce, never inline or eval'd", () => {
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-bm9uY2Utdmx1ZQ=='", "'strict-dynamic'"]);
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("script-src")).not.toContain("'unsafe-eval'");
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
  });

  it("is never framed", () => {
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("keeps inline styles (React style attributes) and puts no nonce in style-src, which would disable them", () => {
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("adds 'unsafe-eval' under next dev only", () => {
    const dev = directives(contentSecurityPolicy({ ...base, development: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
  });

  it("upgrades insecure requests only over https (over http it would break every subresource)", () => {
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
    expect(directives(contentSecurityPolicy({ ...base, https: true })).has("upgrade-insecure-requests")).toBe(
      true,
    );
  });
});

describe("the API's and the public reports' policies", () => {
  it("lets API responses load and run nothing, framed by no one", () => {
    const policy = directives(contentSecurityPolicy({ ...base, pathname: "/api/v1/articles" }));
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.has("script-src")).toBe(false);
  });

  it("lets a report be embedded by the configured sites, with its inline styles and no scripts", () => {
    const options = {
      ...base,
      pathname: "/public/reports/abc",
      reportFrameAncestors: ["https://news.example"],
    };
    const policy = directives(contentSecurityPolicy(options));
    expect(policy.get("frame-ancestors")).toEqual(["https://news.example"]);
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("style-src")).toEqual(["'unsafe-inline'"]);
    expect(policy.has("script-src")).toBe(false);
    expect(contentSecurityPolicy(options)).not.toContain("nonce");
  });
});

describe("securityHeaders", () => {
  it("sends the same baseline on every kind of response", () => {
    for (const pathname of ["/", "/signin", "/api/v1/me", "/public/reports/x"]) {
      const headers = securityHeaders({ ...base, pathname });
      expect(headers["X-Content-Type-Options"], pathname).toBe("nosniff");
      expect(headers["Permissions-Policy"], pathname).toMatch(/camera=\(\), .*microphone=\(\)/);
      expect(headers["Content-Security-Policy"], pathname).toBeTruthy();
    }
  });

  it("denies framing in old browsers too, except on the embeddable reports", () => {
    expect(securityHeaders(base)["X-Frame-Options"]).toBe("DENY");
    expect(securityHeaders({ ...base, pathname: "/api/v1/me" })["X-Frame-Options"]).toBe("DENY");
    expect(securityHeaders({ ...base, pathname: "/public/reports/x" })["X-Frame-Options"]).toBeUndefined();
  });

  it("sends HSTS over https only", () => {
    expect(securityHeaders(base)["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ ...base, https: true })["Strict-Transport-Security"]).toBe("max-age=31536000");
  });
});

describe("referrerPolicyOf", () => {
  it.each([
    ["/", "strict-origin-when-cross-origin"],
    ["/signin", "strict-origin-when-cross-origin"],
    ["/join/fcl_abc", "no-referrer"],
    ["/reset-password/fcl_abc", "no-referrer"],
    ["/joined", "strict-origin-when-cross-origin"],
  ])("%s → %s", (pathname, policy) => {
    expect(referrerPolicyOf(pathname)).toBe(policy);
  });
});

describe("createNonce", () => {
  it("is 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
