/**
 * APP_URL: the app's public origin (https://factcheck.example.org), from
 * which every absolute URL in pages, exports, JSON-LD and e-mails is built.
 * Only an origin: the app is served from the root of its host.
 */
export type AppUrl = { origin: string } | { problem: string } | null;

/** APP_URL read from the environment: its origin, a one-line problem, or null when unset. */
export function readAppUrl(env: Record<string, string | undefined> = process.env): AppUrl {
  const value = env.APP_URL?.trim();
  if (!value) return null;
  const problem = `Invalid APP_URL "${value}": give the app's public origin, like https://factcheck.example.org (http or https, no path).`;
  if (!URL.canParse(value)) return { problem };
  const url = new URL(value);
  if (url.protocol !== "http:" && url.protocol !== "https:") return { problem };
  if (url.pathname !== "/" || url.search || url.hash || url.username || url.password) return { problem };
  return { origin: url.origin };
}

/** APP_URL's origin, or null when it is unset or invalid (a production start refuses an invalid one). */
export function configuredOrigin(env: Record<string, string | undefined> = process.env): string | null {
  const appUrl = readAppUrl(env);
  return appUrl && "origin" in appUrl ? appUrl.origin : null;
}

/** The line a production start prints when APP_URL is unset. */
export const missingAppUrlWarning =
  "APP_URL is not set: public links, exports and e-mails use the address each request came to. Set APP_URL=https://your-public-host so they always name the public address.";

/** The origin of any http(s) URL (NEXTAUTH_URL may carry a path); null for anything else. */
export function webOriginOf(value: string | undefined): string | null {
  const text = value?.trim();
  if (!text || !URL.canParse(text)) return null;
  const url = new URL(text);
  return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
}
