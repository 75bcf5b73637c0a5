import { signOutEverywhere } from "@/lib/data/sessions/end-sessions";
import { apiRoute } from "@/lib/http/api-route";
import { noContent } from "@/lib/http/responses";

/** Sign out everywhere: every session of the caller ends, the calling one included. */
export const DELETE = apiRoute(async (_request, { user }) => {
  await signOutEverywhere(user);
  return noContent();
});
