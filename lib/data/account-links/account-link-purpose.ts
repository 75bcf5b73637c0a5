import { z } from "zod";

/** What a single-use account link is for. */
export const accountLinkPurposes = ["invite", "password_reset", "setup"] as const;
export const accountLinkPurposeSchema = z.enum(accountLinkPurposes);
export type AccountLinkPurpose = z.infer<typeof accountLinkPurposeSchema>;

/** How long each kind of link stays usable. */
export const ACCOUNT_LINK_LIFETIME_MS: Record<AccountLinkPurpose, number> = {
  invite: 7 * 24 * 60 * 60_000,
  password_reset: 24 * 60 * 60_000,
  setup: 24 * 60 * 60_000,
};

/** Link secrets start with this, so a leaked one is recognisable. */
export const ACCOUNT_LINK_PREFIX = "fcl_";
