/**
 * The next-auth secret. The launch scripts (scripts/launch.mjs) always put one
 * in the environment: the operator's, or outside production one generated
 * once and kept in the data folder. Running the server any other way without
 * NEXTAUTH_SECRET is refused at start (instrumentation.ts).
 */
export function authSecret(): string | undefined {
  return process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET || undefined;
}

export const missingSecretMessage =
  "NEXTAUTH_SECRET is not set: refusing to start in production without it (generate one with `openssl rand -base64 32`).";
