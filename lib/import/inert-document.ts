import { JSDOM, VirtualConsole } from "jsdom";
import { assertNestingWithinLimit } from "./html-complexity";

/**
 * Parse untrusted HTML into a DOM that can only be read, run `read` on it,
 * and free the window. How JSDOM is configured, and why nothing is fetched
 * or run:
 *
 * - `runScripts` is left unset: neither `<script>` elements nor `on*`
 *   attributes execute (only "dangerously" would run them).
 * - `resources` is left unset: jsdom loads no subresources at all (no
 *   scripts, stylesheets, images or iframes); only "usable" or a
 *   ResourceLoader would fetch.
 * - `url` only sets `document.URL` so relative links resolve (canonical
 *   URLs); setting it never navigates or requests that address.
 * - A fresh VirtualConsole that forwards nowhere, so CSS parse errors and
 *   the page's own console calls never reach our logs.
 *
 * Pathologically nested HTML is refused before parsing (see html-complexity).
 */
export function readInertDocument<T>(
  html: string,
  url: string | undefined,
  read: (document: Document) => T,
): T {
  assertNestingWithinLimit(html);
  const dom = new JSDOM(html, {
    url: isWebUrl(url) ? url : undefined,
    contentType: "text/html",
    virtualConsole: new VirtualConsole(),
  });
  try {
    return read(dom.window.document);
  } finally {
    dom.window.close();
  }
}

function isWebUrl(url: string | undefined): url is string {
  if (url === undefined || !URL.canParse(url)) return false;
  const { protocol } = new URL(url);
  return protocol === "http:" || protocol === "https:";
}
