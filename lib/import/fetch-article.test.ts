import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, it, expect } from "vitest";
import { fetchArticle, type FetchProgress } from "./fetch-article";
import type { ResolvedAddress } from "./safe-lookup";
import { startLocalServer, type LocalServer } from "./testing/start-local-server";

const newsPage = readFileSync(new URL("./fixtures/news-page.html", import.meta.url), "utf8");
const local = { allowedHosts: ["127.0.0.1"] };
const toLoopback = async (): Promise<ResolvedAddress[]> => [{ address: "127.0.0.1", family: 4 }];

let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer((request, response) => {
    switch (request.url) {
      case "/news/2025/03/14/harbour-bridge-repairs?utm_source=feed":
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(newsPage);
        return;
      case "/gzip":
        response
          .writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" })
          .end(gzipSync(newsPage));
        return;
      case "/latin1":
        response
          .writeHead(200, { "content-type": "text/html; charset=windows-1252" })
          .end(
            Buffer.from(
              "<title>Caf\xe9</title><p>Le caf\xe9 co\xfbte 2 \x80, dit le g\xe9rant du caf\xe9 de la gare.</p>",
              "latin1",
            ),
          );
        return;
      case "/meta-charset":
        response
          .writeHead(200, { "content-type": "text/html" })
          .end(
            Buffer.from(
              '<meta charset="iso-8859-1"><title>Na\xefve</title><p>Une id\xe9e na\xefve.</p>',
              "latin1",
            ),
          );
        return;
      case "/plain.txt":
        response
          .writeHead(200, { "content-type": "text/plain" })
          .end("Council approves repairs\n\nFirst.\n\nSecond.");
        return;
      case "/empty":
        response
          .writeHead(200, { "content-type": "text/html" })
          .end("<nav><a href='/'>Home</a></nav><script>x()</script>");
        return;
      case "/report.pdf":
        response.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.7");
        return;
      case "/gone":
        response.writeHead(404, { "content-type": "text/html" }).end("<p>Not found</p>");
        return;
      default:
        response.writeHead(500).end();
    }
  });
});

afterAll(() => server.close());

describe("fetchArticle against a local server", () => {
  it("imports a news page with its metadata and canonical URL", async () => {
    const progress: FetchProgress["stage"][] = [];
    const article = await fetchArticle(
      `${server.origin}/news/2025/03/14/harbour-bridge-repairs?utm_source=feed`,
      {
        settings: local,
        onProgress: (event) => progress.push(event.stage),
      },
    );
    expect(article).toMatchObject({
      title: "Harbour bridge repairs to cost $48 million, council says",
      byline: "Maria Okafor and Daniel Weiss",
      publishedAt: "2025-03-14",
      siteName: "The Coastal Herald",
      // The page's relative canonical link, resolved against where it was fetched; the tracking query is gone.
      sourceUrl: `${server.origin}/news/2025/03/14/harbour-bridge-repairs`,
      format: "url",
    });
    expect(article.paragraphs).toHaveLength(10);
    expect(new Set(progress)).toEqual(new Set(["connecting", "downloading", "reading"]));
  });

  it("reads a gzip-compressed page", async () => {
    const article = await fetchArticle(`${server.origin}/gzip`, { settings: local });
    expect(article.paragraphs[0]).toMatch(/^The city council on Friday approved/);
  });

  it.each<[string, string, string]>([
    [
      "the charset in the Content-Type header",
      "/latin1",
      "Le café coûte 2 €, dit le gérant du café de la gare.",
    ],
    ["a <meta charset> when the header has none", "/meta-charset", "Une idée naïve."],
  ])("decodes %s", async (_name, path, paragraph) => {
    const article = await fetchArticle(`${server.origin}${path}`, { settings: local });
    expect(article.paragraphs).toContain(paragraph);
  });

  it("reads a text/plain page with the pasted-text rules", async () => {
    const article = await fetchArticle(`${server.origin}/plain.txt`, { settings: local });
    expect(article).toMatchObject({
      title: "Council approves repairs",
      paragraphs: ["First.", "Second."],
      sourceUrl: `${server.origin}/plain.txt`,
      format: "url",
    });
  });

  it("uses an injected lookup for host names and sends the name in the Host header", async () => {
    const names: string[] = [];
    const lookup = async (hostname: string): Promise<ResolvedAddress[]> => {
      names.push(hostname);
      return toLoopback();
    };
    const url = `http://news.test:${server.port}/plain.txt`;
    const article = await fetchArticle(url, { settings: { allowedHosts: ["news.test"] }, lookup });
    expect(article.sourceUrl).toBe(url);
    expect(names).toEqual(["news.test"]);
    expect(server.requests.at(-1)?.host).toBe(`news.test:${server.port}`);
  });

  it.each<[string, string, string, RegExp]>([
    [
      "a PDF",
      "/report.pdf",
      "UNSUPPORTED_MEDIA_TYPE",
      /^That address is not a web page \(it is application\/pdf\)\./,
    ],
    ["a missing page", "/gone", "BAD_REQUEST", /does not exist \(404\)/],
    [
      "a page without article text",
      "/empty",
      "VALIDATION",
      /^We could not find article text on that page\. Paste the text instead\.$/,
    ],
  ])("refuses %s", async (_name, path, code, message) => {
    const attempt = fetchArticle(`${server.origin}${path}`, { settings: local });
    await expect(attempt).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
  });

  it.each<[string, string]>([
    ["a file: URL", "file:///etc/passwd"],
    ["an ftp: URL", "ftp://example.com/article.html"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["no scheme", "example.com/news"],
    ["not a URL", "hello world"],
  ])("refuses %s before any request", async (_name, url) => {
    await expect(fetchArticle(url, { settings: local })).rejects.toMatchObject({
      code: "VALIDATION",
      message: "Enter a web address that starts with http:// or https://.",
    });
  });

  it("refuses user names and passwords in the address", async () => {
    await expect(
      fetchArticle(`http://user:secret@127.0.0.1:${server.port}/`, { settings: local }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });

  it("says so when the host name does not exist", async () => {
    const lookup = async (): Promise<ResolvedAddress[]> => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
    };
    await expect(fetchArticle("https://no-such-site.test/news", { lookup })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "We could not find the site no-such-site.test. Check the address for typos.",
    });
  });

  it("says so when nothing listens at the address", async () => {
    const closed = await startLocalServer(() => undefined);
    await closed.close();
    await expect(fetchArticle(`${closed.origin}/`, { settings: local })).rejects.toMatchObject({
      code: "UNAVAILABLE",
      message: expect.stringMatching(/^We could not connect to 127\.0\.0\.1\./),
    });
  });

  it("stops when the caller cancels", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      fetchArticle(`${server.origin}/plain.txt`, { settings: local, signal: controller.signal }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "The import was cancelled before the page arrived.",
    });
  });
});
