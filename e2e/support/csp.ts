import { expect, type APIResponse, type Page } from "@playwright/test";

/** A Content-Security-Policy header as directive → sources. */
export function parseCsp(header: string | undefined): Map<string, string[]> {
  expect(header, "a Content-Security-Policy header").toBeTruthy();
  return new Map(
    header!
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  );
}

/** The nonce a page's policy allows scripts with. */
export function nonceOf(policy: Map<string, string[]>): string {
  const source = policy.get("script-src")?.find((value) => value.startsWith("'nonce-"));
  expect(source, "script-src holds a nonce").toBeTruthy();
  return source!.slice("'nonce-".length, -1);
}

export interface ScriptTag {
  tag: string;
  inline: boolean;
  nonce: string | null;
  /** A JSON data block, which browsers never run. */
  dataBlock: boolean;
}

/**
 * Every <script> start tag of raw HTML as served. Read from the text, not
 * the DOM: browsers hide nonce attributes from scripts and the DOM.
 */
export function scriptTags(html: string): ScriptTag[] {
  return [...html.matchAll(/<script\b([^>]*)>/gi)].map(([tag, attributes]) => ({
    tag: tag.slice(0, 120),
    inline: !/\bsrc\s*=/i.test(attributes!),
    nonce: /\bnonce="([^"]*)"/i.exec(attributes!)?.[1] ?? null,
    dataBlock: /\btype="application\/(ld\+)?json"/i.test(attributes!),
  }));
}

/** The headers every answer carries, whatever it is. */
export function expectBaselineHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toMatch(/^(strict-origin-when-cross-origin|no-referrer)$/);
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  expect(headers["permissions-policy"]).toContain("microphone=()");
}

/**
 * Collects every CSP violation a page reports (the `securitypolicyviolation`
 * event, from a script Playwright adds outside the page's CSP) and every
 * console error, from before the first script runs. The function returned
 * hands over what was seen since its last call; call it before each
 * navigation, since each document starts a new list.
 */
export async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => consoleErrors.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
  return async () => {
    const violations = await page
      .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations?.splice(0) ?? [])
      .catch(() => [] as string[]);
    return [...violations.map((violation) => `CSP: ${violation}`), ...consoleErrors.splice(0)];
  };
}
