import type { ApiToken } from "@/lib/db/generated/client";
import type { ApiTokenState, ApiTokenView } from "@/lib/api/schemas/api-token";

/** Whether a token still works at `now`. Revoked wins over expired. */
export function apiTokenStateOf(
  token: Pick<ApiToken, "expiresAt" | "revokedAt">,
  now = new Date(),
): ApiTokenState {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt <= now) return "expired";
  return "active";
}

/** A token as its owner sees it: dates as ISO strings, never the hash. */
export function toApiTokenView(token: ApiToken, now = new Date()): ApiTokenView {
  return {
    id: token.id,
    name: token.name,
    createdAt: token.createdAt.toISOString(),
    expiresAt: token.expiresAt?.toISOString() ?? null,
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
    state: apiTokenStateOf(token, now),
  };
}

/** The Prisma filter for tokens that still work at `now`. */
export function activeTokenWhere(now: Date) {
  return { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
}
