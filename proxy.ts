import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret } from "@/lib/auth/secret";

/**
 * Every page except sign-in needs a session. Anonymous visitors are sent to
 * sign-in with the page they asked for, and come back to it afterwards.
 * Pages check the session again on the server (requireUser); this only makes
 * the redirect keep the original address.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // API calls with an access token are authenticated by the route itself (apiRoute).
  if (pathname.startsWith("/api/") && request.headers.has("authorization")) return NextResponse.next();
  const token = await getToken({ req: request, secret: authSecret() });
  if (token) return NextResponse.next();
  if (pathname.startsWith("/api/")) {
    return NextResponse.json(
      {
        error: {
          code: "UNAUTHORIZED",
          message: "Sign in first, or send a personal access token as `Authorization: Bearer <token>`.",
        },
      },
      { status: 401 },
    );
  }
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Everything but sign-in, published reports (public/), next-auth's own endpoints,
  // the OpenAPI document, the pages and API behind single-use account links
  // (join/, reset-password/, setup, api/v1/account-links/) and static assets.
  matcher: [
    "/((?!signin|public/|join/|reset-password/|setup|api/auth|api/v1/openapi\\.json|api/v1/account-links/|_next/static|_next/image|favicon.ico|robots.txt).*)",
  ],
};
