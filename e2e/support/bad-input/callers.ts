import type { APIRequestContext, PlaywrightWorkerArgs } from "@playwright/test";
import { bearer, createToken } from "../api";
import { demoUser } from "../demo";
import { signInOverHttp } from "../http-session";
import type { DocumentedOperation } from "./operations";
import { concretePath, missingIds } from "./request-cases";

export interface Caller {
  http: APIRequestContext;
  /** Per request: each token serves at most this many, under the e2e server's 120 a minute. */
  headersFor: (requestIndex: number) => Record<string, string>;
  dispose?: () => Promise<void>;
}

const REQUESTS_PER_TOKEN = 100;

/**
 * Who sends an operation's cases: nobody for the public ones; else admin
 * tokens (so no permission check masks a validation), enough of them for
 * `requests` without hitting the rate limit; and a browser session for the
 * operations that refuse tokens (a token gets 403 before the body is read).
 * Everything here writes to the database, so it runs before the fingerprint.
 */
export async function callerFor(
  operation: DocumentedOperation | undefined,
  requests: number,
  http: APIRequestContext,
  session: { playwright: PlaywrightWorkerArgs["playwright"]; baseURL: string },
): Promise<Caller> {
  // Documentation addresses, so no throttle of the public endpoints ever blocks 127.0.0.1.
  if (operation?.public) return { http, headersFor: () => ({ "X-Forwarded-For": "203.0.113.91" }) };
  const tokens = await Promise.all(
    Array.from({ length: Math.ceil(Math.max(1, requests) / REQUESTS_PER_TOKEN) }, () => createToken("admin")),
  );
  const byToken: Caller = {
    http,
    headersFor: (index) => bearer(tokens[Math.floor(index / REQUESTS_PER_TOKEN)] ?? tokens.at(-1)!),
  };
  if (!operation?.body && !operation?.rawBody) return byToken;
  const probe = await http.fetch(concretePath(operation.path, missingIds), {
    method: operation.method,
    headers: { ...byToken.headersFor(0), "Content-Type": "text/plain" },
    data: "probe",
  });
  if (probe.status() !== 403) return byToken;
  const signedIn = await signInOverHttp(session.playwright, session.baseURL, demoUser("admin"));
  return { http: signedIn, headersFor: () => ({}), dispose: () => signedIn.dispose() };
}
