import { toSafeHref } from "../report/escape";

/*
 * Absolute addresses of a report's public pages. A snapshot knows its own
 * public URL (model.reportUrl, on the origin it was published from); its
 * siblings (the annotated article, the claim cards) live on that same
 * origin, at the paths of lib/report/public-paths.ts.
 */

/** `path` on the origin of `reportUrl`; null when the report has no http(s) URL (never published, or bad data). */
export function siblingPublicUrl(reportUrl: string | null, path: string): string | null {
  const href = toSafeHref(reportUrl);
  return href === null ? null : new URL(path, new URL(href).origin).href;
}
