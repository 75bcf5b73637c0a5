import { callApi } from "@/components/annotate/api-client";
import type { CreatedInvitation, PasswordResetResult, UserView } from "@/lib/api/schemas/user";
import type { Role } from "@/lib/auth/roles";

/** The user and invitation endpoints, as the admin pages and the join page call them. */
const userUrl = (id: string) => `/api/v1/users/${encodeURIComponent(id)}`;

export async function requestCreateUser(body: {
  email: string;
  name: string;
  role: Role;
  password: string;
}): Promise<UserView> {
  return (await callApi<{ user: UserView }>("POST", "/api/v1/users", body)).user;
}

export function requestInvite(body: { email: string; name: string; role: Role }): Promise<CreatedInvitation> {
  return callApi<CreatedInvitation>("POST", "/api/v1/invitations", body);
}

export async function requestWithdrawInvitation(id: string): Promise<void> {
  await callApi<void>("DELETE", `/api/v1/invitations/${encodeURIComponent(id)}`);
}

export async function requestUpdateUser(
  id: string,
  body: { version: number; role?: Role; name?: string; active?: boolean },
): Promise<UserView> {
  return (await callApi<{ user: UserView }>("PATCH", userUrl(id), body)).user;
}

export function requestPasswordReset(id: string): Promise<PasswordResetResult> {
  return callApi<PasswordResetResult>("POST", `${userUrl(id)}/password-reset`);
}

export function requestRevokeTokens(id: string): Promise<{ revoked: number }> {
  return callApi<{ revoked: number }>("DELETE", `${userUrl(id)}/tokens`);
}

export async function requestAcceptInvitation(body: {
  token: string;
  name: string;
  password: string;
}): Promise<void> {
  await callApi<unknown>("POST", "/api/v1/account-links/invitation", body);
}
