import type { ApiTokenView } from "@/lib/api/schemas/api-token";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { toApiTokenView } from "./api-token-view";

/** The caller's own tokens, newest first, revoked and expired ones included. Any role. */
export async function listApiTokens(actor: SessionUser, now = new Date()): Promise<ApiTokenView[]> {
  const tokens = await db.apiToken.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return tokens.map((token) => toApiTokenView(token, now));
}
