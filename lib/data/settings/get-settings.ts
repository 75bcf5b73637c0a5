import { z } from "zod";
import { db } from "@/lib/db/client";

/** Admin settings with their defaults. Stored as JSON values by key. */
export const settingsSchema = z.object({
  approvalThreshold: z.number().int().min(1).max(10).default(1),
  minSourcesToSubmit: z.number().int().min(0).max(20).default(1),
  organizationName: z.string().min(1).default("Newsroom Fact Check"),
  organizationUrl: z.url().optional(),
  showReviewerNames: z.boolean().default(false),
  demoSeededAt: z.string().optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

function decode(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** All settings; a stored value that no longer validates falls back to its default. */
export async function getSettings(): Promise<Settings> {
  const rows = await db.setting.findMany();
  const raw: Record<string, unknown> = {};
  for (const row of rows) raw[row.key] = decode(row.value);
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  return settingsSchema.parse(Object.fromEntries(Object.entries(raw).filter(([key]) => !bad.has(key))));
}
