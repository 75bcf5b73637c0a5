import { callApi } from "@/components/annotate/api-client";
import type { SetupCompletedView } from "@/lib/api/schemas/setup";

/** Creates the first admin with the setup code (sent in the body, never in a URL). */
export function requestCompleteSetup(body: {
  token: string;
  email: string;
  name: string;
  password: string;
}): Promise<SetupCompletedView> {
  return callApi<SetupCompletedView>("POST", "/api/v1/account-links/setup", body);
}
