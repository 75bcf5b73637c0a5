import { issuePasswordReset } from "@/lib/data/users/issue-password-reset";
import { apiRoute } from "@/lib/http/api-route";
import { publicOrigin } from "@/lib/http/public-origin";
import { json } from "@/lib/http/responses";

/** Locks the account out at once and issues a 24-hour reset link (emailed with SMTP, else returned). */
export const POST = apiRoute<{ id: string }>(async (request, { params, user }) =>
  json(await issuePasswordReset(user, params.id, { origin: publicOrigin(request) }), 201),
);
