import { createHash } from "node:crypto";

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";
export const JSON_FEED_CONTENT_TYPE = "application/feed+json; charset=utf-8";

/**
 * A feed as an HTTP response, with a strong ETag (a hash of the body: cheap
 * next to rendering it) and Last-Modified (the newest entry), so a polling
 * reader that sends If-None-Match gets a 304 without the body.
 */
export function feedResponse(
  request: Request,
  body: string,
  contentType: string,
  updated: string | null,
): Response {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers: Record<string, string> = {
    "Content-Type": contentType,
    ETag: etag,
    "Cache-Control": "public, max-age=300",
    "Access-Control-Allow-Origin": "*",
    ...(updated ? { "Last-Modified": new Date(updated).toUTCString() } : {}),
  };
  const wanted =
    request.headers
      .get("if-none-match")
      ?.split(",")
      .map((tag) => tag.trim()) ?? [];
  if (wanted.includes(etag) || wanted.includes("*")) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
