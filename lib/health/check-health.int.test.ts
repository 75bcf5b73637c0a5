import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { checkHealth } from "@/lib/health/check-health";

const database = createTempDatabase({ demo: false });
afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();
  database.dispose();
});

describe("GET /api/health", () => {
  it("answers 200 and says nothing else when the database answers", async () => {
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", database: "up" });
  });
});

describe("checkHealth", () => {
  it("reports the database down, with what to check, when the query fails", async () => {
    const health = await checkHealth(() =>
      Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:5432\nstack")),
    );
    expect(health).toEqual({
      status: "unavailable",
      database: "down",
      message:
        "The database does not answer (connect ECONNREFUSED 127.0.0.1:5432). Check that it is running and that DATABASE_URL points to it.",
    });
  });

  it("reports the database down when it does not answer in time", async () => {
    const health = await checkHealth(() => new Promise(() => {}), 20);
    expect(health.status).toBe("unavailable");
    expect(health.status === "unavailable" && health.message).toContain("no answer within 20 ms");
  });
});
