import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { syncAllStatuses } from "@/lib/data/statuses/sync-all-statuses";
import { db } from "@/lib/db/client";
import { canManageSettings } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import type { UpdateSettingsInput } from "@/lib/schemas/settings";
import { getEditableSettings, getSettings, type EditableSettings } from "./get-settings";

type Change = { from: unknown; to: unknown };

/**
 * Changes some admin settings. Only the values that actually change are
 * written, and they are audited together as one "settings.updated" event
 * with each value before and after. A null clears a setting (back to its
 * default).
 */
export async function updateSettings(
  actor: SessionUser,
  input: UpdateSettingsInput,
): Promise<EditableSettings> {
  assertAllowed(canManageSettings(actor), "Only admins can change the settings.");
  await db.$transaction(
    async (tx) => {
      const before = await getSettings(tx);
      const changes: Record<string, Change> = {};
      for (const [key, value] of Object.entries(input)) {
        const from = before[key as keyof EditableSettings] ?? null;
        if (value === undefined || value === from) continue;
        changes[key] = { from, to: value };
        if (value === null) {
          await tx.setting.deleteMany({ where: { key } });
        } else {
          const stored = JSON.stringify(value);
          await tx.setting.upsert({
            where: { key },
            create: { key, value: stored },
            update: { value: stored },
          });
        }
      }
      if (Object.keys(changes).length === 0) return;
      // The threshold is a status rule: every stored status is re-derived with
      // it in this transaction, so no reader sees statuses from the old rule.
      if (changes.approvalThreshold) await syncAllStatuses(tx, await getSettings(tx));
      await recordAudit(tx, {
        action: "settings.updated",
        actorId: actor.id,
        entityType: "settings",
        entityId: "settings",
        data: { changes },
      });
    },
    { timeout: 120_000 },
  );
  return getEditableSettings(actor);
}
