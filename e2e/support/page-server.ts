import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export const newsPageHtml = readFileSync(
  new URL("../../lib/import/fixtures/news-page.html", import.meta.url),
  "utf8",
);

/** A local web server for import tests; routes map a path to a handler. */
export async function startPageServer(
  routes: Record<
    string,
    (respond: {
      html: (body: string) => void;
      slow: () => void;
      send: (type: string, body: string) => void;
    }) => void
  >,
): Promise<{ url: (path: string) => string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const route = routes[request.url ?? ""];
    if (!route) {
      response.writeHead(404).end("not found");
      return;
    }
    route({
      html: (body) => response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(body),
      send: (type, body) => response.writeHead(200, { "Content-Type": type }).end(body),
      // Headers, then a trickle that never ends: the fetch must time out or be cancelled.
      slow: () => {
        response.writeHead(200, { "Content-Type": "text/html" });
        const timer = setInterval(() => response.write(" "), 200);
        response.on("close", () => clearInterval(timer));
      },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
