/**
 * How long a browser session lasts after sign-in. The next-auth cookie and
 * the Session row expire together; ending the row earlier (sign-out, a
 * password or role change, deactivation) ends the session at once.
 */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** "Last seen" is written at most this often, so reading a page is not a write each time. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

/** Why a session ended, as stored in Session.endReason and shown to admins. */
export type SessionEndReason =
  | "signed_out"
  | "signed_out_everywhere"
  | "password_changed"
  | "password_reset"
  | "role_changed"
  | "deactivated";
