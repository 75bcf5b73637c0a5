import { createRequire } from "node:module";
import { afterEach, describe, expect, it, vi } from "vitest";
import { usesSecureCookies } from "./secure-cookies";

describe("usesSecureCookies", () => {
  it.each([
    [undefined, false],
    ["http://localhost:3000", false],
    ["https://desk.news.example", true],
    ["  HTTPS://desk.news.example ", true],
  ])("NEXTAUTH_URL=%j → %s", (url, secure) => {
    expect(usesSecureCookies({ NEXTAUTH_URL: url })).toBe(secure);
  });
});

describe("next-auth behind https", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("sets Secure, __Secure-prefixed session cookies when NEXTAUTH_URL is https", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://desk.news.example");
    vi.stubEnv("NEXTAUTH_SECRET", "test-secret-for-cookie-settings");
    vi.resetModules();
    const { authOptions } = await import("@/lib/auth/options");
    expect(authOptions.useSecureCookies).toBe(true);
    // The cookie settings next-auth derives from that option (a module its exports map does not list).
    const { defaultCookies } = createRequire(import.meta.url)(
      "../../node_modules/next-auth/core/lib/cookie.js",
    ) as { defaultCookies: (secure: boolean) => Record<string, { name: string; options: object }> };
    const cookies = defaultCookies(authOptions.useSecureCookies!);
    expect(cookies.sessionToken?.name).toBe("__Secure-next-auth.session-token");
    expect(cookies.sessionToken?.options).toMatchObject({ secure: true, httpOnly: true, sameSite: "lax" });
    expect(cookies.csrfToken?.name).toBe("__Host-next-auth.csrf-token");
  });

  it("keeps plain cookies on a plain-http address (localhost), where Secure ones would never be sent", async () => {
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    vi.stubEnv("NEXTAUTH_SECRET", "test-secret-for-cookie-settings");
    vi.resetModules();
    const { authOptions } = await import("@/lib/auth/options");
    expect(authOptions.useSecureCookies).toBe(false);
  });
});
