import { db } from "@/lib/db/client";
import { getSettings } from "@/lib/data/settings/get-settings";
import { servedSnapshot } from "@/lib/data/reports/publications";
import type { ReportModel } from "@/lib/report/report-model";

/** How many fact-checks a feed lists: readers poll for what is new, and the archive is the site. */
export const FEED_SIZE = 50;

/**
 * The latest live version of every published report, newest first, in one
 * query: a version counts when it is not withdrawn and no later live
 * version of the same article exists. Portable SQL (SQLite and
 * PostgreSQL); the dates are read from the snapshot, which stores them as
 * ISO strings, so no driver's date type matters here. Each is served on
 * `origin`, the app's public origin. A snapshot that cannot be read is left
 * out (and logged), so the other reports stay in the feeds.
 */
export async function listPublishedFactChecks(origin: string, limit = FEED_SIZE): Promise<ReportModel[]> {
  const rows = await db.$queryRaw<Array<{ articleId: string; snapshot: string }>>`
    SELECT p."articleId", p."snapshot" FROM "ReportPublication" p
    WHERE p."withdrawnAt" IS NULL
      AND NOT EXISTS (
        SELECT 1 FROM "ReportPublication" later
        WHERE later."articleId" = p."articleId" AND later."withdrawnAt" IS NULL AND later."version" > p."version"
      )
    ORDER BY p."publishedAt" DESC, p."articleId" ASC
    LIMIT ${limit}`;
  return rows.flatMap((row) => {
    const model = readableSnapshot(row.snapshot, origin);
    // One report the app cannot read (edited by hand, or cut short) must not take every feed down with it.
    if (!model)
      console.error(`Feeds: left out article ${row.articleId}, whose published snapshot cannot be read.`);
    return model ? [model] : [];
  });
}

function readableSnapshot(snapshot: string, origin: string): ReportModel | null {
  try {
    const model = servedSnapshot(snapshot, origin);
    return typeof model.article?.title === "string" && Array.isArray(model.claims) ? model : null;
  } catch {
    return null;
  }
}

/** Who the feeds are by: the organisation as the settings name it now. */
export async function feedOrganization(): Promise<{ name: string; url: string | null }> {
  const settings = await getSettings();
  return { name: settings.organizationName, url: settings.organizationUrl ?? null };
}
