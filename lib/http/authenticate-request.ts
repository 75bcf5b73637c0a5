import { authenticateToken } from "@/lib/auth/authenticate-token";
import { getCurrentSession } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";

export interface ApiCaller {
  user: SessionUser;
  /** A browser session, or a personal access token sent as `Authorization: Bearer`. */
  via: "session" | "token";
  tokenId?: string;
  /** The Session row of a browser caller. */
  sessionId?: string;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The token in an `Authorization: Bearer <token>` header; undefined when malformed. */
export function bearerToken(authorization: string): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
}

/**
 * Who is calling: a Bearer token when the request carries one (and then only
 * the token counts), else the browser session. Session calls that change
 * something must come from our own pages: the session cookie is sent by the
 * browser on its own, a token never is.
 */
export async function authenticateRequest(request: Request): Promise<ApiCaller> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const token = bearerToken(authorization);
    if (!token) {
      throw new AppError("UNAUTHORIZED", "Send the access token as `Authorization: Bearer <token>`.");
    }
    const { user, tokenId } = await authenticateToken(token);
    return { user, via: "token", tokenId };
  }
  const session = await getCurrentSession();
  if (!session) {
    throw new AppError(
      "UNAUTHORIZED",
      "Sign in first, or send a personal access token as `Authorization: Bearer <token>`.",
    );
  }
  if (!SAFE_METHODS.has(request.method)) assertSameOrigin(request);
  return { user: session.user, via: "session", sessionId: session.sessionId };
}

/** Refuses cross-site writes made with the session cookie. */
function assertSameOrigin(request: Request) {
  if (isCrossSite(request.headers)) {
    throw new AppError(
      "FORBIDDEN",
      "Requests from other sites cannot use your session. Use a personal access token instead.",
    );
  }
}

/**
 * True when the browser says the request came from another site
 * (Sec-Fetch-Site), or its Origin names another host than the one it was
 * sent to. Requests without either header (curl, server-side callers) are
 * not cross-site: a browser always sends at least Origin on a cross-site POST.
 */
export function isCrossSite(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") return true;
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (origin === null || host === null) return false;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
