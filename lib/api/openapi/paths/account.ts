import { changeOwnPasswordResponse, passwordResetCompletedResponse } from "@/lib/api/schemas/account";
import { changeOwnPasswordSchema, completePasswordResetSchema } from "@/lib/schemas/account";
import type { ApiOperation } from "../operation";

const tag = "Your account";

/** Self-service: change your password, sign out everywhere, complete a reset through its link. */
export const accountOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/me/password",
    operationId: "changeOwnPassword",
    tag,
    summary: "Change your password",
    description:
      "Needs your current password; a wrong one answers 422 with `fields.currentPassword` and counts " +
      "against the sign-in throttle for your account (429 with `Retry-After` once it blocks). The new " +
      "password must be strong enough (`fields.newPassword` says why not). Your other sessions are signed " +
      "out; this one stays. Needs a browser session: a call authenticated with a token gets 403.",
    allowed: "any signed-in user, in the app (browser session, not a token)",
    body: changeOwnPasswordSchema,
    responses: { 200: { description: "Changed.", schema: changeOwnPasswordResponse } },
    errors: [400, 403, 409, 413, 415, 422],
  },
  {
    method: "delete",
    path: "/me/sessions",
    operationId: "signOutEverywhere",
    tag,
    summary: "Sign out of all your sessions",
    description:
      "Ends every browser session you have, the calling one included: each is signed out on its next " +
      "request. Access tokens are not affected; revoke them under /tokens.",
    allowed: "everyone signed in",
    responses: { 204: { description: "Every session ended." } },
    errors: [403],
  },
  {
    method: "post",
    path: "/account-links/password-reset",
    operationId: "completePasswordReset",
    tag,
    summary: "Choose a new password with a reset link",
    description:
      "Public: the single-use link an admin issued (`/reset-password/{secret}`) is the proof; send its " +
      "secret as `token`. Sets the password, signs every session of that account out, and uses the link " +
      "up. A used, withdrawn, expired or unknown link answers 404 with one message for all four.",
    allowed: "anyone holding a usable password reset link",
    public: true,
    body: completePasswordResetSchema,
    responses: { 200: { description: "The password is set.", schema: passwordResetCompletedResponse } },
    errors: [400, 404, 413, 415, 422],
  },
];
