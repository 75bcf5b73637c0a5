import { ATOM_FEED_PATH, JSON_FEED_PATH, OEMBED_PATH } from "@/lib/report/public-paths";
import { isPathUnder, SECRET_LINK_PATHS } from "./route-access";

/**
 * The security headers of every response, by what the response is:
 * - "page": the app's own pages (React, Next's scripts), never framed;
 * - "api": JSON and downloads under /api/v1, and the public data answers
 *   (oEmbed, the feeds), which run nothing at all;
 * - "embeddable-report": the published report pages, self-contained HTML
 *   without scripts, which newsrooms may put in an iframe on their own site.
 */
export type HeaderProfile = "page" | "api" | "embeddable-report";

export const EMBEDDABLE_REPORT_PATH = "/public/reports";

/** Public addresses that answer with data, not a page: nothing in them runs, nobody frames them. */
export const PUBLIC_DATA_PATHS = [OEMBED_PATH, ATOM_FEED_PATH, JSON_FEED_PATH] as const;

export function headerProfileOf(pathname: string): HeaderProfile {
  if (isPathUnder(pathname, "/api/v1")) return "api";
  if (PUBLIC_DATA_PATHS.some((path) => isPathUnder(pathname, path))) return "api";
  if (isPathUnder(pathname, EMBEDDABLE_REPORT_PATH)) return "embeddable-report";
  return "page";
}

export interface SecurityHeaderOptions {
  pathname: string;
  /** A fresh random value per request (createNonce); only pages use it. */
  nonce: string;
  /** Served over https (directly, or as the reverse proxy tells Next.js). */
  https: boolean;
  /** `next dev`: React needs eval() there to rebuild server error stacks in the browser. */
  development: boolean;
  /** frame-ancestors of the embeddable report pages, e.g. ["*"] or ["https://news.example"]. */
  reportFrameAncestors: readonly string[];
}

type Directives = Record<string, readonly string[]>;

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(" "))
    .join("; ");
}

/**
 * The app's pages. Scripts run only with this response's nonce, which
 * Next.js puts on its own script tags (it reads the nonce from the request's
 * CSP header); 'strict-dynamic' lets those scripts load the page's chunks.
 * 'self' is ignored by browsers that know 'strict-dynamic' and only serves
 * older ones. Styles keep 'unsafe-inline': React writes style="" attributes
 * (highlight colours, rating colours) that cannot carry a nonce, and a nonce
 * in style-src would switch 'unsafe-inline' off. Styles cannot run code.
 */
function pagePolicy({ nonce, development, https }: SecurityHeaderOptions): string {
  return serialize({
    "default-src": ["'self'"],
    "script-src": [
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    ...(https ? { "upgrade-insecure-requests": [] } : {}),
  });
}

/** JSON, feeds and file downloads: nothing in them may load or run, and nobody may frame them. */
const API_POLICY = serialize({
  "default-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
  "frame-ancestors": ["'none'"],
});

/**
 * A published report: one HTML document with an inline <style>, style
 * attributes (rating colours) and an inline SVG chart; no script runs. Its
 * ClaimReview JSON-LD sits in <script type="application/ld+json">, a data
 * block that browsers never execute, so script-src ('none' here) does not
 * apply to it.
 */
function embeddableReportPolicy({ reportFrameAncestors }: SecurityHeaderOptions): string {
  return serialize({
    "default-src": ["'none'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["data:"],
    // The shipped fonts, embedded in the page (lib/report-fonts).
    "font-src": ["data:"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
    "frame-ancestors": reportFrameAncestors,
  });
}

export function contentSecurityPolicy(options: SecurityHeaderOptions): string {
  const profile = headerProfileOf(options.pathname);
  if (profile === "api") return API_POLICY;
  if (profile === "embeddable-report") return embeddableReportPolicy(options);
  return pagePolicy(options);
}

/**
 * Powerful browser features the app never uses, switched off for it and for
 * anything it might frame. Only features Chromium knows: an unknown name is
 * reported as an error in the console.
 */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "bluetooth=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

/**
 * One year, this host only: the app may run on a subdomain of a newsroom
 * whose other hosts are not all on https, so includeSubDomains and preload
 * are left to whoever runs the whole domain.
 */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000";

/**
 * Cross-origin requests get only our origin, never the path. The pages behind
 * single-use links carry the secret in their address, so they send no
 * Referer at all, not even to ourselves (access logs keep Referers).
 */
export function referrerPolicyOf(pathname: string): string {
  return SECRET_LINK_PATHS.some((path) => isPathUnder(pathname, path))
    ? "no-referrer"
    : "strict-origin-when-cross-origin";
}

/** Every security header for one response, by name. */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const embeddable = headerProfileOf(options.pathname) === "embeddable-report";
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": referrerPolicyOf(options.pathname),
    "Permissions-Policy": PERMISSIONS_POLICY,
    // For browsers without frame-ancestors; the embeddable pages leave it out, as it cannot list origins.
    ...(embeddable ? {} : { "X-Frame-Options": "DENY" }),
    ...(options.https ? { "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY } : {}),
  };
}

/** The request header the proxy hands a page's nonce to server components in. */
export const NONCE_HEADER = "x-nonce";

/** 128 random bits, base64: unguessable, and fresh for every request. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
