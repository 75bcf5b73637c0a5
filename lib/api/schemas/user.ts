import { z } from "zod";
import { ACCOUNT_LINK_PREFIX } from "@/lib/data/account-links/account-link-purpose";
import { roles } from "@/lib/auth/roles";
import { dateTime, nullableDateTime } from "./common";

export const userStates = ["active", "deactivated"] as const;
export type UserState = (typeof userStates)[number];

export const invitationStates = ["pending", "expired"] as const;
export type InvitationState = (typeof invitationStates)[number];

const person = z.object({ id: z.string(), name: z.string() });

/** An account as admins see it. Never carries a password hash or a secret. */
export const userResource = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(roles),
    state: z.enum(userStates).describe("A deactivated user cannot sign in, and their tokens do not work."),
    lastSignInAt: nullableDateTime.meta({ description: "Null until the first sign-in." }),
    activeTokens: z.number().int().describe("Access tokens that still work (not revoked, not expired)."),
    activeSessions: z.number().int().describe("Browser sessions that have not ended or expired."),
    createdAt: dateTime,
    version: z
      .number()
      .int()
      .describe("Send it back with PATCH: a stale version gets 409 with the current account."),
  })
  .meta({ id: "User" });
export type UserView = z.infer<typeof userResource>;

/** An invitation that has not been accepted or withdrawn. */
export const invitationResource = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(roles),
    createdAt: dateTime,
    expiresAt: dateTime,
    invitedBy: person.nullable().meta({ description: "Null when that admin's account is gone." }),
    state: z
      .enum(invitationStates)
      .describe("An expired invitation can no longer be accepted: invite again."),
  })
  .meta({ id: "Invitation" });
export type InvitationView = z.infer<typeof invitationResource>;

/** A single-use link to hand over: shown when no mail server is configured. */
export const accountLinkResource = z
  .object({
    url: z
      .url()
      .describe(
        `The page to open, ending in the link's secret (\`${ACCOUNT_LINK_PREFIX}…\`). It works once.`,
      ),
    expiresAt: dateTime,
  })
  .meta({ id: "AccountLink" });
export type AccountLinkView = z.infer<typeof accountLinkResource>;

export const userListResponse = z.object({
  users: z.array(userResource).meta({ description: "Every account, by name." }),
  invitations: z.array(invitationResource).meta({
    description:
      "Pending and expired invitations, newest first (accepted and withdrawn ones are not listed).",
  }),
});
export type UserList = z.infer<typeof userListResponse>;

export const userResponse = z.object({ user: userResource });

export const invitationListResponse = z.object({ invitations: z.array(invitationResource) });

export const createdInvitationResponse = z
  .object({
    invitation: invitationResource,
    link: accountLinkResource
      .nullable()
      .meta({ description: "The link to pass on yourself; null when it was emailed." }),
    emailed: z.boolean().describe("True when the invitation went out by email (SMTP_URL is set)."),
  })
  .meta({ id: "CreatedInvitation" });
export type CreatedInvitation = z.infer<typeof createdInvitationResponse>;

export const passwordResetResponse = z
  .object({
    link: accountLinkResource
      .nullable()
      .meta({ description: "The reset link to pass on yourself; null when it was emailed to the user." }),
    emailed: z.boolean(),
    endedSessions: z.number().int(),
    revokedTokens: z.number().int(),
  })
  .meta({ id: "PasswordReset" });
export type PasswordResetResult = z.infer<typeof passwordResetResponse>;

export const revokedTokensResponse = z.object({
  revoked: z.number().int().describe("How many tokens stopped working (0 when none was active)."),
});

export const activityEventResource = z
  .object({
    id: z.string(),
    at: dateTime,
    action: z.string().describe("The audit action, e.g. `user.role_changed`."),
    summary: z.string().describe("The event in one sentence."),
    entityType: z.string(),
    entityId: z.string(),
    actor: person
      .nullable()
      .meta({ description: "Null for events no person did, or whose account is gone." }),
  })
  .meta({ id: "ActivityEvent" });
export type ActivityEventView = z.infer<typeof activityEventResource>;

export const userActivityResponse = z.object({
  events: z
    .array(activityEventResource)
    .meta({ description: "Newest first: what the user did, and what was done to their account." }),
});

export const acceptedInvitationResponse = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string(), role: z.enum(roles) }),
});
