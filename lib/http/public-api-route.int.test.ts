import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";

// The buckets live in the database, as with several app instances.
const database = createTempDatabase({ demo: false });
afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();
  database.dispose();
});

// The settings are read once per module load: load a fresh copy with a tiny public limit.
afterEach(() => {
  vi.unstubAllEnvs();
});

async function loadRoute() {
  vi.resetModules();
  vi.stubEnv("PUBLIC_RATE_LIMIT_PER_MINUTE", "2");
  vi.stubEnv("TRUST_PROXY_HOPS", "1");
  const { publicApiRoute } = await import("./api-route");
  const { AppError } = await import("@/lib/errors/app-error");
  return publicApiRoute(async (request) => {
    if (request.headers.get("x-fail")) throw new AppError("NOT_FOUND", "That link is not valid any more.");
    return Response.json({ ok: true });
  });
}

const call = (route: (request: Request) => Promise<Response>, address: string, fail = false) =>
  route(
    new Request("http://app.test/api/v1/account-links/setup", {
      method: "POST",
      headers: { "x-forwarded-for": address, ...(fail ? { "x-fail": "1" } : {}) },
    }),
  );

describe("publicApiRoute", () => {
  it("limits requests per client address and answers 429 in the error shape with Retry-After", async () => {
    const route = await loadRoute();
    expect((await call(route, "203.0.113.1")).status).toBe(200);
    expect((await call(route, "203.0.113.1")).status).toBe(200);
    const limited = await call(route, "203.0.113.1");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await limited.json()).toMatchObject({ error: { code: "RATE_LIMITED" } });
    // Another address has its own bucket.
    expect((await call(route, "203.0.113.2")).status).toBe(200);
  });

  it("turns a thrown AppError into the error shape", async () => {
    const route = await loadRoute();
    const response = await call(route, "203.0.113.3", true);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: "NOT_FOUND", message: "That link is not valid any more." },
    });
  });
});
