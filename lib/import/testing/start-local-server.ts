import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What a test server saw: each request's path and Host header. */
export interface SeenRequest {
  path: string;
  host: string;
}

export interface LocalServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  port: number;
  requests: SeenRequest[];
  close: () => Promise<void>;
}

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * A real HTTP server on 127.0.0.1 and a random port, so fetch tests exercise
 * real sockets, redirects and disconnects without touching the internet.
 */
export async function startLocalServer(handler: Handler): Promise<LocalServer> {
  const requests: SeenRequest[] = [];
  const server = createServer((request, response) => {
    requests.push({ path: request.url ?? "", host: request.headers.host ?? "" });
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Resolves once the response's connection closes, telling whether the whole body had been written. */
export function whenResponseCloses(response: ServerResponse): Promise<{ finished: boolean }> {
  return new Promise((resolve) =>
    response.once("close", () => resolve({ finished: response.writableFinished })),
  );
}
