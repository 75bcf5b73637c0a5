import {
  acceptedInvitationResponse,
  createdInvitationResponse,
  invitationListResponse,
  passwordResetResponse,
  revokedTokensResponse,
  userActivityResponse,
  userListResponse,
  userResponse,
} from "@/lib/api/schemas/user";
import {
  acceptInvitationSchema,
  createUserSchema,
  inviteUserSchema,
  updateUserSchema,
  userActivityQuerySchema,
} from "@/lib/schemas/user";
import type { ApiOperation } from "../operation";

const tag = "Users";
const admins = "admins";
const body = [400, 413, 415, 422];
const mailNote =
  "With `SMTP_URL` and `MAIL_FROM` set the link is emailed and `link` is null; without them the link comes " +
  "back for you to pass on. Links point at `APP_URL` (else the address this request came to). 503 when " +
  "the email cannot be sent (the link is then withdrawn) or the mail settings are wrong.";

/** Team management (admins) and accepting an invitation (public). */
export const userOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/users",
    operationId: "listUsers",
    tag,
    summary: "List the team and open invitations",
    allowed: admins,
    responses: {
      200: {
        description: "Every account, and the invitations not accepted or withdrawn.",
        schema: userListResponse,
      },
    },
    errors: [403],
  },
  {
    method: "post",
    path: "/users",
    operationId: "createUser",
    tag,
    summary: "Create an account with a password",
    description:
      "The password must be strong enough and must not contain the email or the name (`fields.password` " +
      "says why not). An email that already has an account is 409. Open invitations for the email are withdrawn.",
    allowed: admins,
    body: createUserSchema,
    responses: {
      201: { description: "The account.", schema: userResponse, headers: { Location: "/api/v1/users/{id}" } },
    },
    errors: [...body, 403, 409],
  },
  {
    method: "get",
    path: "/users/{id}",
    operationId: "getUser",
    tag,
    summary: "Read one account",
    allowed: admins,
    responses: { 200: { description: "The account.", schema: userResponse } },
    errors: [403, 404],
  },
  {
    method: "patch",
    path: "/users/{id}",
    operationId: "updateUser",
    tag,
    summary: "Change an account's role, name or state",
    description:
      "Send the `version` you read. `active: false` deactivates (no sign-in, tokens stop working), `true` " +
      "reactivates. A role change or deactivation signs the user out of every session at once; the new role " +
      "applies to their next request. 409 for a stale version (`details.current`), for demoting or " +
      "deactivating yourself, and for demoting or deactivating the last active admin.",
    allowed: admins,
    body: updateUserSchema,
    responses: { 200: { description: "The account after the change.", schema: userResponse } },
    errors: [...body, 403, 404, 409],
  },
  {
    method: "post",
    path: "/users/{id}/password-reset",
    operationId: "resetUserPassword",
    tag,
    summary: "Reset someone's password",
    description:
      "At once the old password stops working, every session ends and every access token is revoked. A " +
      "single-use link, valid for 24 hours, lets the user choose a new password at `/reset-password/{secret}`; " +
      `earlier reset links stop working. ${mailNote} Your own password you change with POST /me/password (409 here).`,
    allowed: admins,
    responses: {
      201: { description: "Reset; the link or the word that it was emailed.", schema: passwordResetResponse },
    },
    errors: [403, 404, 409, 503],
  },
  {
    method: "delete",
    path: "/users/{id}/tokens",
    operationId: "revokeUserTokens",
    tag,
    summary: "Revoke all of someone's access tokens",
    description: "Every token of the user that still works stops working. Their browser sessions carry on.",
    allowed: admins,
    responses: { 200: { description: "How many were revoked.", schema: revokedTokensResponse } },
    errors: [403, 404],
  },
  {
    method: "get",
    path: "/users/{id}/activity",
    operationId: "getUserActivity",
    tag,
    summary: "Someone's recent activity",
    description:
      "From the audit trail, newest first: what the user did, what was done to their account, and the " +
      "invitation they joined by, each with a one-line `summary`.",
    allowed: admins,
    query: userActivityQuerySchema,
    responses: { 200: { description: "The events.", schema: userActivityResponse } },
    errors: [403, 404, 422],
  },
  {
    method: "get",
    path: "/invitations",
    operationId: "listInvitations",
    tag,
    summary: "List open invitations",
    description: "Pending and expired invitations, newest first; accepted and withdrawn ones are not listed.",
    allowed: admins,
    responses: { 200: { description: "The invitations.", schema: invitationListResponse } },
    errors: [403],
  },
  {
    method: "post",
    path: "/invitations",
    operationId: "inviteUser",
    tag,
    summary: "Invite someone by a single-use link",
    description:
      "The link (`/join/{secret}`) works once, for 7 days; the invitee chooses their name and password. " +
      `Inviting the same email again withdraws the earlier link. An email that has an account is 409. ${mailNote}`,
    allowed: admins,
    body: inviteUserSchema,
    responses: { 201: { description: "The invitation.", schema: createdInvitationResponse } },
    errors: [...body, 403, 409, 503],
  },
  {
    method: "delete",
    path: "/invitations/{id}",
    operationId: "withdrawInvitation",
    tag,
    summary: "Withdraw an invitation",
    description:
      "Its link stops working. Withdrawing one that is already withdrawn succeeds; an accepted one is 409 " +
      "(deactivate the account instead).",
    allowed: admins,
    responses: { 204: { description: "Withdrawn." } },
    errors: [403, 404, 409],
  },
  {
    method: "post",
    path: "/account-links/invitation",
    operationId: "acceptInvitation",
    tag,
    summary: "Accept an invitation",
    description:
      "Public: the invitation link (`/join/{secret}`) is the proof; send its secret as `token`. Creates the " +
      "account with the invited email and role, and uses the link up. A used, withdrawn, expired or unknown " +
      "link answers 404 with one message for all.",
    allowed: "anyone holding a usable invitation link",
    public: true,
    body: acceptInvitationSchema,
    responses: {
      201: { description: "The new account; sign in with it.", schema: acceptedInvitationResponse },
    },
    errors: [...body, 404],
  },
];
