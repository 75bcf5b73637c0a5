import { z } from "zod";
import type { SessionUser } from "@/lib/auth/roles";
import { CHECK_WORTHY_THRESHOLD } from "@/lib/check-worthiness/threshold";
import { db, type Tx } from "@/lib/db/client";
import { canManageSettings } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import { settingFields } from "@/lib/schemas/settings";

/** Admin settings with their defaults. Stored as JSON values by key. */
export const settingsSchema = z.object({
  approvalThreshold: settingFields.approvalThreshold.default(1),
  minSourcesToSubmit: settingFields.minSourcesToSubmit.default(1),
  organizationName: settingFields.organizationName.default("Newsroom Fact Check"),
  organizationUrl: settingFields.organizationUrl.optional(),
  organizationLogoUrl: settingFields.organizationLogoUrl.optional(),
  showReviewerNames: settingFields.showReviewerNames.default(false),
  /** Until an admin picks one, the threshold the training script chose on dev data. */
  suggestionThreshold: settingFields.suggestionThreshold.default(CHECK_WORTHY_THRESHOLD),
  demoSeededAt: z.string().optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** The settings an admin edits; the rest (the demo seed marker) is the app's own. */
export type EditableSettings = Omit<Settings, "demoSeededAt">;

function decode(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/**
 * All settings; a stored value that no longer validates falls back to its
 * default. Pass a transaction to read inside it.
 */
export async function getSettings(client: Tx = db): Promise<Settings> {
  const rows = await client.setting.findMany();
  const raw: Record<string, unknown> = {};
  for (const row of rows) raw[row.key] = decode(row.value);
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  return settingsSchema.parse(Object.fromEntries(Object.entries(raw).filter(([key]) => !bad.has(key))));
}

/** The settings for the admin form and API. Admins only. */
export async function getEditableSettings(actor: SessionUser): Promise<EditableSettings> {
  assertAllowed(canManageSettings(actor), "Only admins can see and change the settings.");
  const { demoSeededAt: _, ...settings } = await getSettings();
  return settings;
}
