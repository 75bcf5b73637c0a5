import type { IncomingMessage } from "node:http";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { fetchFailures } from "./fetch-failures";
import { createPinnedLookup } from "./pinned-lookup";
import type { ResolvedAddress } from "./safe-lookup";

export interface RequestPageOptions {
  /** Addresses already checked by the address policy; the connection goes to one of these and nowhere else. */
  addresses: readonly ResolvedAddress[];
  /** Aborts the request and its response (the total timeout, or the caller cancelling). */
  signal: AbortSignal;
  connectTimeoutMs: number;
}

const HEADERS = {
  "user-agent": "FactCheckDesk/1.0 (article import)",
  accept: "text/html,application/xhtml+xml,text/plain;q=0.9",
  "accept-encoding": "gzip, deflate, br",
  "accept-language": "en;q=1.0, *;q=0.5",
};

/**
 * One GET to `url`, connected to a pinned, pre-checked address, resolving
 * with the response head (the body is still streaming). Redirects are not
 * followed here: each hop has to pass the address policy again.
 */
export function requestPage(url: URL, options: RequestPageOptions): Promise<IncomingMessage> {
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  const hostname = url.hostname.replace(/^\[(.*)\]$/, "$1");
  return new Promise((resolve, reject) => {
    let connectTimer: NodeJS.Timeout | undefined;
    const request = send({
      protocol: url.protocol,
      hostname,
      port: url.port === "" ? undefined : Number(url.port),
      path: `${url.pathname}${url.search}`,
      method: "GET",
      headers: HEADERS,
      // No shared agent: a pooled socket could carry the request to an address another hop checked.
      agent: false,
      lookup: createPinnedLookup(options.addresses),
      signal: options.signal,
    });
    request.once("socket", (socket) => {
      if (!socket.connecting) return;
      connectTimer = setTimeout(() => {
        request.destroy(fetchFailures.connectTimedOut(hostname, options.connectTimeoutMs));
      }, options.connectTimeoutMs);
      socket.once("connect", () => clearTimeout(connectTimer));
    });
    request.once("response", resolve);
    request.once("error", reject);
    request.once("close", () => clearTimeout(connectTimer));
    request.end();
  });
}
