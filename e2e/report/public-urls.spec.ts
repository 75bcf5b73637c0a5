import { expect, test } from "@playwright/test";
import { bearer, createToken } from "../support/api";
import { demoUser } from "../support/demo";
import { createFixtureArticle } from "../support/fixtures";
import { signInOverHttp } from "../support/http-session";
import { spawnServer } from "../support/spawn-server";

// Every absolute URL the app publishes names its public origin: APP_URL when
// set, else what a trusted proxy forwarded, never the address Next.js listens on.

/** Absolute URLs in a text that point at one of `appHosts` (sources and vocabularies are other sites). */
function appUrls(text: string, appHosts: string[]): string[] {
  const urls = text.match(/https?:\/\/[^\s"'<>)\\]+/g) ?? [];
  return urls.filter((url) => URL.canParse(url) && appHosts.includes(new URL(url).hostname));
}

const HOSTS = ["localhost", "127.0.0.1", "factcheck.example.org", "desk.example.org", "evil.example"];

test("behind a trusted proxy, the publication, the public pages, feeds, oEmbed, ClaimReview and W3C export use the forwarded origin", async ({
  request,
}) => {
  const editor = await createToken("editor");
  const article = await createFixtureArticle(
    ["The port handled 9 million containers last year, the authority said."],
    [{ quote: "The port handled 9 million containers last year", verdicts: 1, approved: true }],
  );
  const proxy = { "X-Forwarded-Host": "factcheck.example.org", "X-Forwarded-Proto": "https" };
  const published = await request.post(`/api/v1/articles/${article.id}/publications`, {
    headers: { ...bearer(editor), ...proxy },
  });
  expect(published.status()).toBe(201);
  const { publication } = (await published.json()) as { publication: { url: string } };
  expect(publication.url).toBe(`https://factcheck.example.org/public/reports/${article.id}`);

  const report = `/public/reports/${article.id}`;
  const publicPages = await Promise.all(
    [
      report,
      `${report}/article`,
      `${report}/claims/1`,
      `${report}/annotations`,
      "/public/feeds/atom.xml",
      "/public/feeds/feed.json",
      `/public/oembed?url=${encodeURIComponent(`https://factcheck.example.org${report}`)}`,
    ].map(async (path) => {
      const response = await request.get(path, { headers: proxy });
      expect(response.status(), path).toBe(200);
      return [path, await response.text()] as const;
    }),
  );
  const downloads = await Promise.all(
    ["claimreview", "w3c", "json"].map(async (format) => {
      const response = await request.get(`/api/v1/articles/${article.id}/report?format=${format}`, {
        headers: { ...bearer(editor), ...proxy },
      });
      expect(response.status()).toBe(200);
      return [format, await response.text()] as const;
    }),
  );
  for (const [name, text] of [...publicPages, ...downloads]) {
    const urls = appUrls(text, HOSTS);
    expect(urls.length, `${name} links to the app`).toBeGreaterThan(0);
    expect(
      urls.filter((url) => new URL(url).origin !== "https://factcheck.example.org"),
      `${name}: every app URL on the forwarded origin`,
    ).toEqual([]);
  }
});

test("with APP_URL set, every app URL uses it, whatever Host or forwarded headers a request carries", async ({
  playwright,
}) => {
  test.setTimeout(120_000);
  const server = await spawnServer({
    env: { APP_URL: "https://desk.example.org", DEMO: "1", TRUST_PROXY_HOPS: "1" },
  });
  try {
    expect(server.ready, server.stderr()).toBe(true);
    expect(server.stderr()).not.toContain("APP_URL is not set");
    const http = await signInOverHttp(playwright, server.url, demoUser("editor"));
    const { articles } = (await (await http.get("/api/v1/articles")).json()) as {
      articles: Array<{ id: string }>;
    };
    const id = articles[0]!.id;
    const spoofed = { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "http" };
    for (const format of ["claimreview", "w3c", "json", "md"]) {
      const response = await http.get(`/api/v1/articles/${id}/report?format=${format}`, { headers: spoofed });
      expect(response.status()).toBe(200);
      const urls = appUrls(await response.text(), HOSTS);
      if (format === "w3c") expect(urls.length, `${format} links to the app`).toBeGreaterThan(0);
      expect(urls.filter((url) => !url.startsWith("https://desk.example.org/"))).toEqual([]);
    }
    await http.dispose();
  } finally {
    await server.stop();
  }
});
