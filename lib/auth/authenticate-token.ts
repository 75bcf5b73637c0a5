import { db } from "@/lib/db/client";
import { unlessStorageFails } from "@/lib/db/storage-failure";
import { AppError } from "@/lib/errors/app-error";
import { hashApiToken } from "./api-token-secret";
import { roleSchema, type SessionUser } from "./roles";

/** How often a token's "last used" time is written: once a minute is enough to show and saves a write per call. */
const LAST_USED_RESOLUTION_MS = 60_000;

export interface TokenCaller {
  user: SessionUser;
  tokenId: string;
}

/**
 * The owner of a personal access token. Unknown, revoked and expired tokens
 * and disabled owners all give the same 401, so a caller learns nothing about
 * which tokens exist. The role is read from the user each time: a token acts
 * with its owner's current role, never more.
 */
export async function authenticateToken(token: string, now = new Date()): Promise<TokenCaller> {
  const found = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    include: { user: true },
  });
  const role = roleSchema.safeParse(found?.user.role);
  const usable =
    found &&
    !found.revokedAt &&
    !found.user.disabledAt &&
    (!found.expiresAt || found.expiresAt > now) &&
    role.success;
  if (!usable || !role.success) {
    throw new AppError(
      "UNAUTHORIZED",
      "That access token is not valid: it may be mistyped, revoked or expired.",
    );
  }
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await unlessStorageFails(
      () => db.apiToken.update({ where: { id: found.id }, data: { lastUsedAt: now } }),
      null,
    );
  }
  const { user } = found;
  return { user: { id: user.id, email: user.email, name: user.name, role: role.data }, tokenId: found.id };
}
