import type { APIRequestContext, APIResponse } from "@playwright/test";
import type { DatabaseWatch, Snapshot } from "../database-watch";
import { errorShapeProblems } from "../api";
import type { BadRequest } from "./bad-request";

interface Verdict {
  status: number;
  /** Wrong for any refusal: not a 4xx, not JSON, not the error shape. */
  malformed: string[];
  /** Not the refusal this case expects: status, named field, Allow, documentation. */
  mismatched: string[];
}

async function send(
  http: APIRequestContext,
  request: BadRequest,
  headers: Record<string, string>,
  body?: () => Buffer | string,
) {
  return http.fetch(request.url, {
    method: request.method,
    headers: { ...request.headers, ...headers },
    // Always bytes: Playwright would JSON-encode a string sent as application/json.
    data: body ? Buffer.from(body()) : undefined,
    maxRedirects: 0,
    // Megabyte bodies on a busy machine.
    timeout: 60_000,
  });
}

async function judge(
  http: APIRequestContext,
  request: BadRequest,
  response: APIResponse,
  documented?: Set<number>,
): Promise<Verdict> {
  const status = response.status();
  const text = await response.text();
  const malformed: string[] = [];
  const mismatched: string[] = [];
  if (status < 400 || status > 499) malformed.push(`answered ${status}, not a 4xx: ${text.slice(0, 200)}`);
  let body: { error?: { details?: { fields?: Record<string, unknown> } } } | undefined;
  try {
    body = JSON.parse(text);
    const shape = await errorShapeProblems(http, body);
    if (shape.length > 0)
      malformed.push(`answered ${status} outside the error shape: ${JSON.stringify(shape).slice(0, 200)}`);
  } catch {
    malformed.push(`answered ${status} with a body that is not JSON: ${text.slice(0, 120)}`);
  }
  if (!request.expected.includes(status)) {
    const expected = request.expected.length > 10 ? "a 4xx" : request.expected.join(" or ");
    mismatched.push(`answered ${status}, expected ${expected}: ${text.slice(0, 200)}`);
  } else if (request.field && !(request.field in (body?.error?.details?.fields ?? {}))) {
    mismatched.push(`did not name the field ${JSON.stringify(request.field)}: ${text.slice(0, 200)}`);
  }
  const allow = response.headers()["allow"];
  if (request.allow !== undefined && allow !== request.allow)
    mismatched.push(`Allow was ${JSON.stringify(allow)}, expected ${JSON.stringify(request.allow)}`);
  if (documented && status !== 405 && !documented.has(status))
    mismatched.push(`answered ${status}, which the OpenAPI document does not list for this operation`);
  return { status, malformed, mismatched };
}

/**
 * Sends a bad request (each of its variant bodies), checks every answer, and
 * that the database did not change. With variants, one answer must be the
 * expected refusal and all must be refusals in the error shape.
 */
export async function sendCase(
  http: APIRequestContext,
  request: BadRequest,
  options: {
    headers: Record<string, string>;
    documented?: Set<number>;
    watch: DatabaseWatch;
    before: Snapshot;
  },
): Promise<{ problems: string[]; statuses: number[]; now: Snapshot }> {
  const verdicts: Verdict[] = [];
  for (const body of request.bodies ?? [undefined]) {
    verdicts.push(
      await judge(http, request, await send(http, request, options.headers, body), options.documented),
    );
  }
  const matched = verdicts.some((verdict) => verdict.mismatched.length === 0);
  const problems = verdicts.flatMap((verdict) => [
    ...verdict.malformed,
    ...(matched ? [] : verdict.mismatched),
  ]);
  const { changed, now } = options.watch.changesSince(options.before);
  if (changed.length > 0) problems.push(`wrote to the database: ${changed.join(", ")}`);
  return { problems: [...new Set(problems)], statuses: verdicts.map((verdict) => verdict.status), now };
}
