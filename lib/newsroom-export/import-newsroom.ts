import { bumpArchiveGeneration } from "@/lib/data/archive/archive-generation";
import { syncAllStatuses } from "@/lib/data/statuses/sync-all-statuses";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { ExportHeader } from "./newsroom-export-schema";
import type { SectionName } from "./row-schemas";
import { tableOf } from "./tables";
import { validatedItems } from "./validate-export";

/** Bound values per INSERT stay far below SQLite's 32,766 (Prisma does not split createMany). */
const VALUES_PER_INSERT = 20_000;
const IMPORT_TIMEOUT_MS = 6 * 60 * 60 * 1000;

export type ImportPhase = "checking" | "importing";

export interface ImportOptions {
  /** Opens the document afresh: it is read twice, to check it and then to insert it. */
  open: () => AsyncIterable<string>;
  onProgress?: (progress: {
    phase: ImportPhase;
    section: SectionName;
    done: number;
    total: number;
  }) => void | Promise<void>;
}

/**
 * Loads an export-all document into an empty database. The whole file is
 * checked first (nothing is written if any row is wrong), then inserted in
 * one transaction: if anything fails, the database is left as it was. The
 * target's seeded ratings and settings are replaced by the export's, so ids
 * match. Stored statuses are re-derived before commit, so they agree with a
 * full re-derivation even if the exporting database's did not.
 */
export async function importNewsroom({ open, onProgress }: ImportOptions): Promise<ExportHeader> {
  await assertEmpty(db);
  let header: ExportHeader | undefined;
  for await (const item of validatedItems(open())) {
    if ("header" in item) header = item.header;
    else if (onProgress && header && isMilestone(item.index, header.counts[item.section]))
      await onProgress({
        phase: "checking",
        section: item.section,
        done: item.index + 1,
        total: header.counts[item.section],
      });
  }
  if (!header) throw new AppError("VALIDATION", "This is not a valid newsroom export: it has no header.");
  const counts = header.counts;
  await db.$transaction(
    async (tx) => {
      await assertEmpty(tx);
      await tx.rating.deleteMany();
      await tx.setting.deleteMany();
      await insertRows(tx, open(), async (section, done) =>
        onProgress?.({ phase: "importing", section, done, total: counts[section] }),
      );
      await syncAllStatuses(tx);
      await bumpArchiveGeneration(tx); // rebuild every instance's archive index from what arrived
    },
    { timeout: IMPORT_TIMEOUT_MS, maxWait: 60_000 },
  );
  return header;
}

/** Progress every 10,000 rows and at each section's end. */
const isMilestone = (index: number, total: number) => (index + 1) % 10_000 === 0 || index + 1 === total;

async function insertRows(
  tx: Tx,
  chunks: AsyncIterable<string>,
  onInserted: (section: SectionName, done: number) => Promise<unknown>,
): Promise<void> {
  let batch: Array<Record<string, unknown>> = [];
  let section: SectionName | undefined;
  let first = 0; // index of the batch's first row, for the error message
  const flush = async () => {
    if (!section || batch.length === 0) return;
    try {
      await tableOf(tx, section).createMany({ data: batch });
    } catch (error) {
      throw new AppError(
        "BAD_REQUEST",
        `The import stopped at ${section}[${first}…${first + batch.length - 1}] and was rolled back, so the database is still empty: ${firstLine(error)}`,
      );
    }
    await onInserted(section, first + batch.length);
    first += batch.length;
    batch = [];
  };
  for await (const item of validatedItems(chunks)) {
    if ("header" in item) continue;
    if (item.section !== section) {
      await flush();
      ({ section, first } = { section: item.section, first: 0 });
    }
    batch.push(item.row as Record<string, unknown>);
    if (batch.length * Object.keys(item.row as object).length >= VALUES_PER_INSERT) await flush();
  }
  await flush();
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim().split("\n").filter(Boolean).slice(-1)[0] ?? message;
}

/** "Empty" is what a fresh instance has: migrations and the seeded scale and settings, nothing else. */
async function assertEmpty(client: Pick<Tx, "user" | "article" | "source" | "auditEvent">): Promise<void> {
  const [users, articles, sources, events] = [
    await client.user.count(),
    await client.article.count(),
    await client.source.count(),
    await client.auditEvent.count(),
  ];
  if (users + articles + sources + events === 0) return;
  throw new AppError(
    "CONFLICT",
    `The target database is not empty (${users} users, ${articles} articles): import-all loads a newsroom only into a new, empty database. Point DATABASE_URL at a new database, without DEMO=1 (which seeds demo accounts), and run it again.`,
  );
}
