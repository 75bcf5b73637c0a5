import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors/app-error";
import { errorResponse } from "@/lib/http/responses";
import { W3C_ANNOTATION_MEDIA_TYPE } from "@/lib/report/render-w3c";

/*
 * Responses of the read-only Web Annotation Protocol server
 * (https://www.w3.org/TR/annotation-protocol/, sections 4 and 5): the
 * annotation media type, a strong ETag of the exact bytes sent, the LDP
 * Link types, `Allow` without any write method (annotations change only by
 * publishing the report again), `Vary`, and conditional GET: an
 * If-None-Match that names the current ETag gets 304 with no body.
 */

export const READ_ONLY_METHODS = "GET, HEAD, OPTIONS";

const LINKS = {
  annotation: '<http://www.w3.org/ns/ldp#Resource>; rel="type"',
  container:
    '<http://www.w3.org/ns/ldp#BasicContainer>; rel="type", <http://www.w3.org/TR/annotation-protocol/>; rel="http://www.w3.org/ns/ldp#constrainedBy"',
  page: '<http://www.w3.org/ns/ldp#Resource>; rel="type"',
} as const;

export type ProtocolResource = keyof typeof LINKS;

const NOT_FOUND: Record<ProtocolResource, string> = {
  annotation: "There is no published annotation at this address.",
  container: "There is no published fact-check report at this address.",
  page: "There is no such page of published annotations.",
};

/** A strong validator of the body's bytes. */
export const etagOf = (body: string) =>
  `"${createHash("sha256").update(body, "utf8").digest("base64url").slice(0, 27)}"`;

/** If-None-Match (a list, weak or strong, or `*`) names this ETag; weak comparison, as RFC 9110 asks for GET. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

function protocolHeaders(resource: ProtocolResource): Headers {
  return new Headers({
    Link: LINKS[resource],
    Allow: READ_ONLY_METHODS,
    Vary: resource === "container" ? "Accept, Prefer" : "Accept",
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Link, Allow, Vary, Preference-Applied",
  });
}

/**
 * The answer to GET or HEAD: `document` as annotation JSON-LD, 304 when the
 * client has it already, and the API's 404 when `document` is null.
 */
export function annotationResponse(
  request: Request,
  resource: ProtocolResource,
  document: unknown,
  options: { preferenceApplied?: boolean } = {},
): Response {
  if (document === null) return errorResponse(new AppError("NOT_FOUND", NOT_FOUND[resource]));
  const body = JSON.stringify(document, null, 2);
  const etag = etagOf(body);
  const headers = protocolHeaders(resource);
  headers.set("ETag", etag);
  headers.set("Cache-Control", "public, max-age=60");
  if (options.preferenceApplied) headers.set("Preference-Applied", "return=representation");
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers });
  headers.set("Content-Type", W3C_ANNOTATION_MEDIA_TYPE);
  return new Response(request.method === "HEAD" ? null : body, { status: 200, headers });
}

/** The answer to a write: 405, as annotations change only by publishing the report again. */
export function readOnlyRefusal(resource: ProtocolResource): Response {
  const response = errorResponse(
    new AppError(
      "METHOD_NOT_ALLOWED",
      "Published annotations are read only: they change when the report is published again.",
      { allowed: READ_ONLY_METHODS.split(", ") },
    ),
  );
  protocolHeaders(resource).forEach((value, name) => response.headers.set(name, value));
  return response;
}

/** The answer to OPTIONS: what may be done here (read only). */
export function annotationOptionsResponse(resource: ProtocolResource): Response {
  return new Response(null, { status: 204, headers: protocolHeaders(resource) });
}
