import type { CreatedApiToken } from "@/lib/api/schemas/api-token";
import { generateApiToken } from "@/lib/auth/api-token-secret";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { MAX_ACTIVE_TOKENS, type CreateApiTokenInput } from "@/lib/schemas/api-token";
import { activeTokenWhere, toApiTokenView } from "./api-token-view";

/**
 * A new personal access token for the caller (any role). The plain token is
 * returned this once; only its hash is stored. Only a browser session may
 * create tokens, so a leaked token cannot mint more of itself.
 */
export async function createApiToken(
  actor: SessionUser,
  input: CreateApiTokenInput,
  options: { via: "session" | "token"; now?: Date },
): Promise<CreatedApiToken> {
  const now = options.now ?? new Date();
  assertSignedInToCreate(options.via);
  const expiresAt = futureExpiry(input.expiresAt, now);
  const { token: secret, tokenHash } = generateApiToken();
  const token = await db.$transaction(async (tx) => {
    const active = await tx.apiToken.count({ where: { userId: actor.id, ...activeTokenWhere(now) } });
    if (active >= MAX_ACTIVE_TOKENS) {
      throw new AppError(
        "CONFLICT",
        `You already have ${MAX_ACTIVE_TOKENS} active tokens, the most allowed. Revoke one you no longer use first.`,
      );
    }
    const token = await tx.apiToken.create({
      data: { userId: actor.id, name: input.name, tokenHash, expiresAt, createdAt: now },
    });
    await recordAudit(tx, {
      action: "token.created",
      actorId: actor.id,
      entityType: "token",
      entityId: token.id,
      data: { name: token.name, expiresAt: expiresAt?.toISOString() ?? null },
      at: now,
    });
    return token;
  });
  return { token: toApiTokenView(token, now), secret };
}

/** Refuses callers authenticated by a token, before anything else is looked at. */
export function assertSignedInToCreate(via: "session" | "token"): void {
  if (via !== "session") throw new AppError("FORBIDDEN", "Create tokens in the app, signed in.");
}

function futureExpiry(expiresAt: string | null | undefined, now: Date): Date | null {
  if (!expiresAt) return null;
  const date = new Date(expiresAt);
  if (date <= now) {
    const message = "Choose an expiry in the future.";
    throw new AppError("VALIDATION", message, { fields: { expiresAt: message } });
  }
  return date;
}
