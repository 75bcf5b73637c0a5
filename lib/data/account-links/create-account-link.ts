import { generateSecret } from "@/lib/auth/api-token-secret";
import type { Tx } from "@/lib/db/client";
import {
  ACCOUNT_LINK_LIFETIME_MS,
  ACCOUNT_LINK_PREFIX,
  type AccountLinkPurpose,
} from "./account-link-purpose";

export interface NewAccountLink {
  purpose: AccountLinkPurpose;
  email?: string | null;
  name?: string | null;
  role?: string | null;
  userId?: string | null;
  createdById?: string | null;
  now?: Date;
}

/**
 * Creates a single-use link inside the caller's transaction. Returns the
 * secret, which goes into the URL and is never stored (only its SHA-256
 * hash is), so whoever reads the database cannot use the link.
 */
export async function createAccountLink(
  tx: Tx,
  link: NewAccountLink,
): Promise<{ id: string; secret: string; expiresAt: Date }> {
  const now = link.now ?? new Date();
  const { token: secret, tokenHash } = generateSecret(ACCOUNT_LINK_PREFIX);
  const expiresAt = new Date(now.getTime() + ACCOUNT_LINK_LIFETIME_MS[link.purpose]);
  const created = await tx.accountLink.create({
    data: {
      purpose: link.purpose,
      tokenHash,
      email: link.email ?? null,
      name: link.name ?? null,
      role: link.role ?? null,
      userId: link.userId ?? null,
      createdById: link.createdById ?? null,
      createdAt: now,
      expiresAt,
    },
  });
  return { id: created.id, secret, expiresAt };
}
