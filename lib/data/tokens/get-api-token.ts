import type { ApiTokenView } from "@/lib/api/schemas/api-token";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { toApiTokenView } from "./api-token-view";

/** One of the caller's own tokens. Someone else's is NOT_FOUND, so token ids reveal nothing. */
export async function getApiToken(
  actor: SessionUser,
  tokenId: string,
  now = new Date(),
): Promise<ApiTokenView> {
  const token = await db.apiToken.findFirst({ where: { id: tokenId, userId: actor.id } });
  if (!token) throw tokenNotFound();
  return toApiTokenView(token, now);
}

export function tokenNotFound(): AppError {
  return new AppError("NOT_FOUND", "You have no access token with this id. It may belong to someone else.");
}
