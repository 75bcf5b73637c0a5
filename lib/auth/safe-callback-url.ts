// Stands in for our origin when the caller has none to give: only paths resolve onto it.
const PLACEHOLDER_ORIGIN = "http://same-origin.invalid";

/**
 * Where to go after sign-in: a path on our own site, or "/".
 *
 * The check runs on the URL as a browser would read it, not on the raw
 * string: the WHATWG parser (the one browsers use) drops tabs and newlines,
 * turns backslashes into slashes and resolves the value against our origin.
 * Only a result on that same origin is kept, re-serialised, so what goes into
 * a Location header is the parsed path, never the raw input. "/\t/evil.example"
 * parses as "//evil.example", another host, and is refused.
 */
export function safeCallbackUrl(
  value: string | null | undefined,
  origin: string = PLACEHOLDER_ORIGIN,
): string {
  if (!value) return "/";
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(value, base);
  } catch {
    return "/";
  }
  if (target.origin !== base.origin || target.username || target.password) return "/";
  const path = `${target.pathname}${target.search}${target.hash}`;
  if (!path.startsWith("/") || path.startsWith("//") || target.pathname.startsWith("/signin")) return "/";
  return path;
}
