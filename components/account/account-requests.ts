import { callApi } from "@/components/annotate/api-client";
import type { ChangeOwnPasswordResult, PasswordResetCompleted } from "@/lib/api/schemas/account";

/** The self-service account endpoints, as the account and reset pages call them. */
export function requestChangePassword(body: {
  currentPassword: string;
  newPassword: string;
}): Promise<ChangeOwnPasswordResult> {
  return callApi<ChangeOwnPasswordResult>("POST", "/api/v1/me/password", body);
}

export async function requestSignOutEverywhere(): Promise<void> {
  await callApi<void>("DELETE", "/api/v1/me/sessions");
}

export function requestCompletePasswordReset(body: {
  token: string;
  password: string;
}): Promise<PasswordResetCompleted> {
  return callApi<PasswordResetCompleted>("POST", "/api/v1/account-links/password-reset", body);
}
