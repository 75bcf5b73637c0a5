import { AppError } from "../errors/app-error";
import { formatMegabytes, formatSeconds } from "./format-limits";

/*
 * Every way fetching an article can fail, as the AppError the editor sees:
 * what happened, then what to do. Kept together so the wording stays
 * consistent and tests can compare against the same sentences.
 */

export const fetchFailures = {
  invalidAddress: () =>
    new AppError("VALIDATION", "Enter a web address that starts with http:// or https://."),
  credentialsInAddress: () =>
    new AppError("VALIDATION", "Remove the user name and password from the address and try again."),
  hostNotFound: (host: string) =>
    new AppError("BAD_REQUEST", `We could not find the site ${host}. Check the address for typos.`),
  lookupFailed: (host: string) =>
    new AppError(
      "UNAVAILABLE",
      `We could not look up ${host} just now. Try again in a minute or paste the text.`,
    ),
  blockedAddress: () =>
    new AppError(
      "FORBIDDEN",
      "That address points to a private or internal network, which imports may not reach. Use a public address or paste the text.",
    ),
  connectFailed: (host: string) =>
    new AppError(
      "UNAVAILABLE",
      `We could not connect to ${host}. Check the address, try again later, or paste the text.`,
    ),
  connectTimedOut: (host: string, ms: number) =>
    new AppError(
      "UNAVAILABLE",
      `${host} did not accept a connection within ${formatSeconds(ms)}. Try again later or paste the text.`,
    ),
  timedOut: (ms: number) =>
    new AppError(
      "UNAVAILABLE",
      `The site did not answer within ${formatSeconds(ms)}. Try again later or paste the text.`,
    ),
  cancelled: () => new AppError("BAD_REQUEST", "The import was cancelled before the page arrived."),
  tooLarge: (maxBytes: number) =>
    new AppError(
      "PAYLOAD_TOO_LARGE",
      `That page is larger than ${formatMegabytes(maxBytes)}, far more than an article needs. Paste the article text instead.`,
    ),
  notWebPage: (mediaType: string) =>
    new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      `That address is not a web page (it is ${mediaType}). Open it yourself and paste the article text instead.`,
    ),
  unreadableEncoding: (encoding: string) =>
    new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      `The site sent the page compressed as ${encoding}, which we cannot read. Paste the article text instead.`,
    ),
  tooManyRedirects: (max: number) =>
    new AppError(
      "BAD_REQUEST",
      `That address redirected more than ${max} ${max === 1 ? "time" : "times"}. Open it in a browser and import the address it ends on, or paste the text.`,
    ),
  redirectLoop: () =>
    new AppError(
      "BAD_REQUEST",
      "That address redirects in a loop and never reaches a page. Open it in a browser, or paste the text.",
    ),
  redirectNotWeb: (protocol: string) =>
    new AppError(
      "BAD_REQUEST",
      `That address redirected to a ${protocol} address, which is not a web page. Paste the article text instead.`,
    ),
  httpStatus: (status: number) => httpStatusFailure(status),
} as const;

function httpStatusFailure(status: number): AppError {
  if (status === 404 || status === 410) {
    return new AppError(
      "BAD_REQUEST",
      `The site says that page does not exist (${status}). Check the address.`,
    );
  }
  if (status === 401 || status === 402 || status === 403) {
    return new AppError(
      "BAD_REQUEST",
      `The site refused to show that page (${status}), usually because of a login or paywall. Paste the article text instead.`,
    );
  }
  if (status === 429 || status >= 500) {
    return new AppError(
      "UNAVAILABLE",
      `The site could not serve that page just now (${status}). Try again later or paste the text.`,
    );
  }
  return new AppError(
    "BAD_REQUEST",
    `The site answered with an unexpected status (${status}). Check the address or paste the text.`,
  );
}
