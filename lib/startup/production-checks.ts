import { isDemoRequested } from "@/lib/auth/demo-accounts";
import { authSecret, missingSecretMessage } from "@/lib/auth/secret";
import { readAppUrl } from "@/lib/config/app-url";
import { readMailSettings } from "@/lib/config/mail-settings";
import { findDemoPasswordAccounts } from "@/lib/data/users/find-demo-password-accounts";

/**
 * Why a production server must not start, in one line, or null when it may.
 * A missing secret, an APP_URL that is not an origin, wrong mail settings
 * (better now than on the first invitation), or an account with a published demo password while the demo
 * was not asked for (DEMO=1): the README prints those passwords.
 */
export async function productionStartProblem(env = process.env): Promise<string | null> {
  if (!authSecret()) return missingSecretMessage;
  const appUrl = readAppUrl(env);
  if (appUrl && "problem" in appUrl) return appUrl.problem;
  try {
    readMailSettings(env);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  if (isDemoRequested(env)) return null;
  const accounts = await findDemoPasswordAccounts();
  if (accounts.length === 0) return null;
  return (
    `Refusing to start in production: ${accounts.join(", ")} still ${accounts.length === 1 ? "has" : "have"} ` +
    "a published demo password. Reset them (npm run cli -- reset-password --email …), " +
    "or set DEMO=1 for a demo server."
  );
}
