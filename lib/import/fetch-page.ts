import type { IncomingMessage } from "node:http";
import type { ImportSettings } from "../config/import-settings";
import { isAppError } from "../errors/app-error";
import { parseContentType } from "./content-type";
import { fetchFailures } from "./fetch-failures";
import type { FetchProgress } from "./fetch-progress";
import { readCappedBody } from "./read-capped-body";
import { requestPage } from "./request-page";
import { resolveSafeAddresses, type LookupHost } from "./safe-lookup";

export interface FetchPageOptions {
  settings: ImportSettings;
  lookup: LookupHost;
  signal?: AbortSignal;
  onProgress?: (progress: FetchProgress) => void;
  /** Media types to read; others are refused before their body is. Defaults to WEB_PAGE_TYPES. */
  acceptedTypes?: ReadonlySet<string>;
}

export interface FetchedPage {
  /** The address the page finally came from, after redirects. */
  url: string;
  mediaType: string;
  charset: string | null;
  bytes: Uint8Array;
}

/** Only what can hold an article's text; PDFs, images and feeds are refused before their body is read. */
export const WEB_PAGE_TYPES = new Set(["text/html", "application/xhtml+xml", "text/plain"]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * GET a web page for import, safely: every hop's host is resolved and its
 * addresses checked before connecting (and the connection pinned to them),
 * redirects are followed by hand up to the limit, and the whole fetch is
 * bounded in time and size. Every failure is an AppError with a sentence.
 */
export async function fetchPage(address: string, options: FetchPageOptions): Promise<FetchedPage> {
  const { settings } = options;
  // The hop in flight, so a failure names the host that failed, not the one the editor typed.
  const current = { url: parseWebAddress(address) };
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), settings.fetchTimeoutMs);
  const signal =
    options.signal === undefined ? timeout.signal : AbortSignal.any([timeout.signal, options.signal]);
  try {
    return await followRedirects(current, { ...options, signal });
  } catch (error) {
    if (timeout.signal.aborted) throw fetchFailures.timedOut(settings.fetchTimeoutMs);
    if (options.signal?.aborted === true) throw fetchFailures.cancelled();
    if (isAppError(error)) throw error;
    throw fetchFailures.connectFailed(current.url.hostname);
  } finally {
    clearTimeout(timer);
  }
}

async function followRedirects(
  current: { url: URL },
  options: FetchPageOptions & { signal: AbortSignal },
): Promise<FetchedPage> {
  const { settings, signal } = options;
  const visited = new Set<string>();
  for (let hop = 0; ; hop += 1) {
    const url = current.url;
    visited.add(url.href);
    options.onProgress?.(
      hop === 0 ? { stage: "connecting", url: url.href } : { stage: "redirected", url: url.href },
    );
    const addresses = await untilAborted(
      resolveSafeAddresses(url.hostname, { lookup: options.lookup, allowedHosts: settings.allowedHosts }),
      signal,
    );
    const response = await requestPage(url, {
      addresses,
      signal,
      connectTimeoutMs: settings.connectTimeoutMs,
    });
    try {
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECT_STATUSES.has(status) && location !== undefined) {
        const next = redirectTarget(url, location);
        if (visited.has(next.href)) throw fetchFailures.redirectLoop();
        if (hop + 1 > settings.maxRedirects) throw fetchFailures.tooManyRedirects(settings.maxRedirects);
        current.url = next;
        continue;
      }
      if (status < 200 || status > 299) throw fetchFailures.httpStatus(status);
      return await readPage(url, response, options);
    } finally {
      response.destroy();
    }
  }
}

async function readPage(
  url: URL,
  response: IncomingMessage,
  options: FetchPageOptions,
): Promise<FetchedPage> {
  const { mediaType, charset } = parseContentType(response.headers["content-type"]);
  if (!(options.acceptedTypes ?? WEB_PAGE_TYPES).has(mediaType))
    throw fetchFailures.notWebPage(mediaType || "a file of unknown type");
  const bytes = await readCappedBody(response, {
    maxBytes: options.settings.maxBytes,
    onBytes: (receivedBytes, totalBytes) =>
      options.onProgress?.({ stage: "downloading", receivedBytes, totalBytes }),
  });
  return { url: url.href, mediaType, charset, bytes };
}

function parseWebAddress(address: string): URL {
  const trimmed = address.trim();
  if (!URL.canParse(trimmed)) throw fetchFailures.invalidAddress();
  const url = new URL(trimmed);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw fetchFailures.invalidAddress();
  if (url.username !== "" || url.password !== "") throw fetchFailures.credentialsInAddress();
  return url;
}

function redirectTarget(from: URL, location: string): URL {
  if (!URL.canParse(location, from)) throw fetchFailures.httpStatus(502);
  const next = new URL(location, from);
  if (next.protocol !== "http:" && next.protocol !== "https:")
    throw fetchFailures.redirectNotWeb(next.protocol);
  if (next.username !== "" || next.password !== "") throw fetchFailures.credentialsInAddress();
  next.hash = "";
  return next;
}

/** DNS lookups ignore AbortSignal; racing them keeps the total timeout honest. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
