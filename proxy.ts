import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { apiMethodsOf } from "@/lib/api/openapi/allowed-methods";
import { authSecret } from "@/lib/auth/secret";
import { AppError } from "@/lib/errors/app-error";
import { refuseUnsupportedMethod } from "@/lib/http/method-not-allowed";
import { reportFrameAncestors } from "@/lib/config/report-embed-settings";
import { errorResponse } from "@/lib/http/responses";
import { isAnonymousPath, isPathUnder } from "@/lib/http/route-access";
import { usesSecureCookies } from "@/lib/http/secure-cookies";
import { createNonce, NONCE_HEADER, securityHeaders } from "@/lib/http/security-headers";

const API_PREFIX = "/api/v1";

/**
 * Runs before every request but static files: security headers on every
 * answer (a fresh CSP nonce each time), a 405 in the API's error shape for a
 * method a route lacks, and sign-in for everything but the anonymous paths.
 * Anonymous visitors are sent to sign-in with the page they asked for.
 * Pages check the session again on the server (requireUser); this only makes
 * the redirect keep the original address.
 */
export async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const headers = securityHeaders({
    pathname: request.nextUrl.pathname,
    nonce,
    // Next.js sets the protocol from the socket, or from X-Forwarded-Proto behind a TLS proxy.
    https: request.nextUrl.protocol === "https:",
    development: process.env.NODE_ENV === "development",
    reportFrameAncestors: reportFrameAncestors(),
  });
  const response =
    wrongMethod(request) ?? (await signInRequired(request)) ?? forward(request, headers, nonce);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function wrongMethod(request: NextRequest): Response | null {
  const { pathname } = request.nextUrl;
  if (!isPathUnder(pathname, API_PREFIX)) return null;
  const methods = apiMethodsOf(pathname.slice(API_PREFIX.length));
  return methods ? refuseUnsupportedMethod(request.method, pathname, methods) : null;
}

async function signInRequired(request: NextRequest): Promise<Response | null> {
  const { pathname, search } = request.nextUrl;
  if (isAnonymousPath(pathname)) return null;
  // API calls with an access token are authenticated by the route itself (apiRoute).
  if (pathname.startsWith("/api/") && request.headers.has("authorization")) return null;
  const token = await getToken({ req: request, secret: authSecret(), secureCookie: usesSecureCookies() });
  if (token) return null;
  if (pathname.startsWith("/api/")) {
    return errorResponse(
      new AppError(
        "UNAUTHORIZED",
        "Sign in first, or send a personal access token as `Authorization: Bearer <token>`.",
      ),
    );
  }
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

/**
 * The CSP goes on the request too: Next.js reads the nonce there and puts it
 * on its own script tags; x-nonce hands it to the root layout's one script.
 * Both overwrite whatever the client sent.
 */
function forward(request: NextRequest, headers: Record<string, string>, nonce: string): Response {
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  requestHeaders.set(NONCE_HEADER, nonce);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = {
  // Everything but static files; which addresses need sign-in is decided in
  // lib/http/route-access.ts, so the anonymous pages get the headers too.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
