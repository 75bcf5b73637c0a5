import { readJson } from "@/lib/http/read-json";
import { publishRequestSchema, type PublishRequest } from "@/lib/schemas/publication";

/**
 * The body of publishing or previewing. It is optional: a request with no
 * body (no Content-Type and no length), as API callers sent before there
 * were choices, means the defaults; anything sent is checked as readJson does.
 */
export async function readPublishRequest(request: Request): Promise<PublishRequest> {
  const length = request.headers.get("content-length");
  const isEmpty = !request.headers.get("content-type") && (length === null || length === "0");
  return isEmpty ? publishRequestSchema.parse({}) : readJson(request, publishRequestSchema);
}
