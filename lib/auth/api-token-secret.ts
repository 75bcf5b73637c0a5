import { createHash, randomBytes } from "node:crypto";

/** Every personal access token starts with this, so leaked ones are easy to spot in logs and scanners. */
export const API_TOKEN_PREFIX = "fca_";

/**
 * A new secret: `prefix` + 32 random bytes, shown to its owner once. Only the
 * SHA-256 hash is stored. A fast hash is right here: the secret has 256 bits
 * of entropy, so there is nothing to brute-force, and every API call checks one.
 */
export function generateSecret(prefix: string): { token: string; tokenHash: string } {
  const token = `${prefix}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashApiToken(token) };
}

/** A new personal access token. */
export function generateApiToken(): { token: string; tokenHash: string } {
  return generateSecret(API_TOKEN_PREFIX);
}

/** The stored form of a secret (access token or account link). */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
