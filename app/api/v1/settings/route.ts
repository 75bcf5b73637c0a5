import { getEditableSettings } from "@/lib/data/settings/get-settings";
import { updateSettings } from "@/lib/data/settings/update-settings";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/responses";
import { updateSettingsSchema } from "@/lib/schemas/settings";

export const GET = apiRoute(async (_request, { user }) =>
  json({ settings: await getEditableSettings(user) }),
);

/** Some of `{ approvalThreshold, minSourcesToSubmit, organizationName, organizationUrl, organizationLogoUrl, showReviewerNames }`. */
export const PATCH = apiRoute(async (request, { user }) => {
  const input = await readJson(request, updateSettingsSchema);
  return json({ settings: await updateSettings(user, input) });
});
