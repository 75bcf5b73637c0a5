import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, it, expect } from "vitest";
import { fetchArticle, type FetchProgress } from "./fetch-article";
import { fetchFailures } from "./fetch-failures";
import { startLocalServer, whenResponseCloses, type LocalServer } from "./testing/start-local-server";

const MEGABYTE = 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, "a");

let server: LocalServer;
/** How each response to the big-body routes ended, so tests can prove the client hung up early. */
const closed = new Map<string, Promise<{ finished: boolean; bytesSent: number }>>();

/** Write `total` bytes in chunks, honouring backpressure, until done or the client disconnects. */
async function stream(response: ServerResponse, total: number): Promise<number> {
  let sent = 0;
  while (sent < total && !response.destroyed) {
    sent += CHUNK.byteLength;
    if (!response.write(CHUNK)) {
      await new Promise<void>((resolve) => {
        const resume = (): void => {
          response.off("drain", resume).off("close", resume);
          resolve();
        };
        response.on("drain", resume).on("close", resume);
      });
    }
  }
  if (!response.destroyed) response.end();
  return sent;
}

beforeAll(async () => {
  server = await startLocalServer((request, response) => {
    const path = request.url ?? "/";
    if (path === "/slow") {
      // Headers at once, then a trickle that never ends: only the total timeout can stop it.
      response.writeHead(200, { "content-type": "text/html" });
      const timer = setInterval(() => response.write("<p>still loading</p>"), 50);
      response.once("close", () => clearInterval(timer));
    } else if (path === "/silent") {
      // Accepts the connection and never answers at all.
    } else if (path.startsWith("/huge")) {
      const declared = path === "/huge-declared" ? { "content-length": String(20 * MEGABYTE) } : {};
      response.writeHead(200, { "content-type": "text/html", ...declared });
      const ended = whenResponseCloses(response);
      const sending = stream(response, 20 * MEGABYTE);
      closed.set(
        path,
        Promise.all([ended, sending]).then(([{ finished }, bytesSent]) => ({ finished, bytesSent })),
      );
    } else {
      response.writeHead(404).end();
    }
  });
});

afterAll(() => server.close());

const local = { allowedHosts: ["127.0.0.1"] };

describe("fetchArticle time and size limits", () => {
  it.each<[string, string]>([
    ["a slow endless response", "/slow"],
    ["a server that never answers", "/silent"],
  ])("times out on %s", async (_name, path) => {
    const started = Date.now();
    const attempt = fetchArticle(`${server.origin}${path}`, { settings: { ...local, fetchTimeoutMs: 500 } });
    await expect(attempt).rejects.toMatchObject({
      code: "UNAVAILABLE",
      message: "The site did not answer within 0.5 seconds. Try again later or paste the text.",
    });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("words the default 15-second timeout in whole seconds", () => {
    expect(fetchFailures.timedOut(15_000).message).toBe(
      "The site did not answer within 15 seconds. Try again later or paste the text.",
    );
  });

  it("aborts a 20 MB body once it passes the 5 MB cap, and the server sees the disconnect", async () => {
    const received: number[] = [];
    const onProgress = (event: FetchProgress): void => {
      if (event.stage === "downloading") received.push(event.receivedBytes);
    };
    await expect(
      fetchArticle(`${server.origin}/huge`, { settings: local, onProgress }),
    ).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message:
        "That page is larger than 5 MB, far more than an article needs. Paste the article text instead.",
    });
    expect(Math.max(...received)).toBeLessThanOrEqual(5 * MEGABYTE);
    const outcome = await closed.get("/huge");
    expect(outcome?.finished).toBe(false);
    // Socket buffers let the server write a little past the cap, but nowhere near 20 MB.
    expect(outcome?.bytesSent).toBeLessThan(12 * MEGABYTE);
  });

  it("refuses a declared Content-Length over the cap before reading the body", async () => {
    const received: number[] = [];
    const attempt = fetchArticle(`${server.origin}/huge-declared`, {
      settings: { ...local, maxBytes: MEGABYTE },
      onProgress: (event) => {
        if (event.stage === "downloading") received.push(event.receivedBytes);
      },
    });
    await expect(attempt).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message: expect.stringMatching(/larger than 1 MB/),
    });
    expect(received).toEqual([]);
    expect((await closed.get("/huge-declared"))?.finished).toBe(false);
  });
});
