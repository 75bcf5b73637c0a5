import { callApi } from "@/components/annotate/api-client";
import type { CreatedApiToken } from "@/lib/api/schemas/api-token";

/** The token endpoints, as the settings page calls them (with the browser session). */
export async function requestCreateToken(body: {
  name: string;
  expiresAt: string | null;
}): Promise<CreatedApiToken> {
  return callApi<CreatedApiToken>("POST", "/api/v1/tokens", body);
}

export async function requestRevokeToken(tokenId: string): Promise<void> {
  await callApi<void>("DELETE", `/api/v1/tokens/${encodeURIComponent(tokenId)}`);
}
