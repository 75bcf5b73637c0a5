/** The shared error responses, by status: each answers with the one Error shape. */
export const errorResponses: Record<number, { name: string; description: string }> = {
  400: {
    name: "BadRequest",
    description:
      "The request is malformed: the body is not valid JSON, is not UTF-8 or is nested too deeply, or a query parameter is not UTF-8.",
  },
  401: {
    name: "Unauthorized",
    description: "No credentials, or a token that is unknown, revoked or expired.",
  },
  403: { name: "Forbidden", description: "Your role may not do this." },
  404: { name: "NotFound", description: "There is nothing with that id." },
  409: {
    name: "Conflict",
    description:
      "Someone changed it since you read it: `details.current` holds the current state. Re-read, then retry.",
  },
  413: { name: "PayloadTooLarge", description: "The body is larger than allowed." },
  415: {
    name: "UnsupportedMediaType",
    description: "Send the body as JSON (`Content-Type: application/json`).",
  },
  422: {
    name: "ValidationFailed",
    description: "Some fields are invalid: `details.fields` maps each to a message.",
  },
  429: {
    name: "RateLimited",
    description: "Too many requests with this token. Wait for `Retry-After` seconds.",
  },
  503: {
    name: "Unavailable",
    description: "Something the server needs is unavailable (a fetched site, the PDF browser).",
  },
};

/** Every operation that takes a JSON body can answer with these. */
export const bodyErrorStatuses = [400, 413, 415, 422];
/** Every operation with query parameters or a raw body (its name in the query) can answer with these. */
export const queryErrorStatuses = [400, 422];
/** Every authenticated operation can answer with these. */
export const authErrorStatuses = [401, 429];
