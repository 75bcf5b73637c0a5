import { createHash, randomBytes } from "node:crypto";

/** Every personal access token starts with this, so leaked ones are easy to spot in logs and scanners. */
export const API_TOKEN_PREFIX = "fca_";

/**
 * A new token: 32 random bytes, shown to its owner once. Only the SHA-256
 * hash is stored. A fast hash is right here: the token has 256 bits of
 * entropy, so there is nothing to brute-force, and every API call checks one.
 */
export function generateApiToken(): { token: string; tokenHash: string } {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashApiToken(token) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
