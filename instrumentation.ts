import { authSecret, missingSecretMessage } from "@/lib/auth/secret";

/**
 * Runs once when the server starts. `npm start` always provides a secret;
 * this stops a production server started any other way without one, with
 * one clear line instead of failing later on the first sign-in.
 */
export function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NODE_ENV === "production" && !authSecret()) {
    console.error(missingSecretMessage);
    process.exit(1);
  }
}
