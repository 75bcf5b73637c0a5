import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { checkedArticle, publish, TEST_ORIGIN, unpublish } from "@/lib/data/feeds/testing/published-article";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { HOSTILE_TEXT } from "@/lib/report/fixtures/hostile-report";

// The route itself, on a real database: what a consumer asking for an embed gets back.
vi.stubEnv("APP_URL", TEST_ORIGIN);
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { GET } = await import("@/app/public/oembed/route");

afterAll(async () => {
  vi.unstubAllEnvs();
  await db.$disconnect();
  database.dispose();
});

const ids: Record<string, string> = {};
beforeAll(async () => {
  ids.hostile = await checkedArticle(`${HOSTILE_TEXT} <iframe src="https://evil.example">`);
  ids.draft = await checkedArticle("Never published");
  ids.withdrawn = await checkedArticle("Taken down");
  await publish(ids.hostile);
  await publish(ids.withdrawn);
  await unpublish(ids.withdrawn);
});

const ask = (query: Record<string, string>) =>
  GET(new Request(`${TEST_ORIGIN}/public/oembed?${new URLSearchParams(query)}`));
const reportUrl = (id: string, suffix = "") => `${TEST_ORIGIN}/public/reports/${id}${suffix}`;

describe("GET /public/oembed", () => {
  it("answers a published report with rich JSON whose html is one escaped iframe of the annotated article", async () => {
    const response = await ask({ url: reportUrl(ids.hostile!), format: "json", maxwidth: "500" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as Record<string, unknown> & { html: string };
    expect(body).toMatchObject({ version: "1.0", type: "rich", width: 500, provider_url: TEST_ORIGIN });
    expect(body.title).toBe(`Fact-check: ${HOSTILE_TEXT} <iframe src="https://evil.example">`);
    expect(body.html.match(/<[a-z]/gi)).toEqual(["<i"]);
    expect(body.html).toContain(`src="${reportUrl(ids.hostile!, "/article")}"`);
    expect(body.html).toContain("&lt;iframe src=&quot;https://evil.example&quot;&gt;");
  });

  it("answers a claim of it with its card", async () => {
    const body = (await (await ask({ url: reportUrl(ids.hostile!, "#claim-1") })).json()) as { html: string };
    expect(body.html).toContain(`src="${reportUrl(ids.hostile!, "/claims/1")}"`);
  });

  it.each([
    ["an unpublished report", () => reportUrl(ids.draft!)],
    ["a withdrawn report", () => reportUrl(ids.withdrawn!)],
    ["the annotated article of a withdrawn report", () => reportUrl(ids.withdrawn!, "/article")],
    ["a claim the report does not have", () => reportUrl(ids.hostile!, "/claims/9")],
    ["a published report on another origin", () => `https://evil.example/public/reports/${ids.hostile}`],
    ["an unknown article", () => reportUrl("no-such-article")],
  ])("404 for %s, saying no more than that nothing is published there", async (_what, url) => {
    const response = await ask({ url: url() });
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("NOT_FOUND");
    expect(body.error.message).toBe("There is no published fact-check at that address on this site.");
  });

  it("400 with a sentence for a missing or invalid url", async () => {
    for (const query of [{}, { url: "not a url" }] as Array<Record<string, string>>) {
      const response = await ask(query);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { message: string } };
      expect(body.error.message).toMatch(/url/);
    }
  });

  it("501 for format=xml", async () => {
    const response = await ask({ url: reportUrl(ids.hostile!), format: "xml" });
    expect(response.status).toBe(501);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/JSON only/);
  });
});
