import { syncAllStatuses } from "@/lib/data/statuses/sync-all-statuses";
import type { Db } from "@/lib/db/client";

/*
 * Stored statuses (Claim.status, Article.status, Verdict.changesRequested,
 * VerdictRevision.current) are kept by every write, but a database upgraded
 * by the migration that added them starts with defaults. This derives them
 * all once, recorded by a setting. Bump the version when the rules in
 * lib/review change how a status is derived, so the next start re-derives.
 */
const MARKER = "derivedStatusVersion";
export const derivedStatusVersion = 1;

/** Re-derives every stored status unless this version already did; returns whether it ran. */
export async function ensureDerivedStatuses(db: Db): Promise<boolean> {
  return db.$transaction(
    async (tx) => {
      const marker = await tx.setting.findUnique({ where: { key: MARKER } });
      if (marker && Number(JSON.parse(marker.value)) >= derivedStatusVersion) return false;
      await syncAllStatuses(tx);
      const value = JSON.stringify(derivedStatusVersion);
      await tx.setting.upsert({ where: { key: MARKER }, create: { key: MARKER, value }, update: { value } });
      return true;
    },
    { timeout: 600_000 },
  );
}
