import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface HitListener {
  /** `http://127.0.0.1:<port>/hit`: payloads load `{HIT}/<id>` from here. */
  hitBase: string;
  origin: string;
  /** Every request path that reached the listener, in order. */
  hits: string[];
  close: () => Promise<void>;
}

/**
 * A local HTTP server that counts what payloads load: a script src, an
 * image, a stylesheet @import, a fetch(). Anything that reaches it means a
 * payload ran or was rendered as markup. It answers 404 with no body (and
 * CORS open, so a fetch() is not refused before it is counted).
 */
export async function startHitListener(): Promise<HitListener> {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? "");
    response.writeHead(404, { "Access-Control-Allow-Origin": "*", "Content-Length": "0" }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    hitBase: `${origin}/hit`,
    origin,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
