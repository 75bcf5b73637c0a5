import { db, type Tx } from "@/lib/db/client";
import { currentProvider } from "@/lib/db/dialect";
import { appInfo } from "./app-info";
import { EXPORT_FORMAT, EXPORT_VERSION, sectionNames, type ExportHeader } from "./newsroom-export-schema";
import type { SectionName } from "./row-schemas";
import { primaryKeyOf, tableOf } from "./tables";

/** Rows per query: bounded memory, and a few hundred queries for 300,000 claims. */
const PAGE_SIZE = 1_000;
/** An export of a big archive takes minutes; the snapshot transaction must outlive it. */
const SNAPSHOT_TIMEOUT_MS = 6 * 60 * 60 * 1000;

export interface ExportProgress {
  section: SectionName;
  done: number;
  total: number;
}

export interface ExportOptions {
  /** Takes the document text piece by piece, in order; wait for it to drain. */
  write: (text: string) => Promise<void>;
  onProgress?: (progress: ExportProgress) => void | Promise<void>;
}

/**
 * Writes the whole newsroom as one JSON document (newsroom-export-schema.ts):
 * the header, then each table as an array, one row per line, every column as
 * stored (Dates as ISO 8601 with milliseconds, by Date#toJSON). Reads in one
 * snapshot (REPEATABLE READ on PostgreSQL; an SQLite read transaction sees
 * one version under WAL), so the counts and rows agree while the app keeps
 * running. Returns the header.
 */
export async function exportNewsroom({ write, onProgress }: ExportOptions): Promise<ExportHeader> {
  return db.$transaction(
    async (tx) => {
      const header = await readHeader(tx);
      // The header's closing brace is left open for the sections.
      await write(JSON.stringify(header).slice(0, -1));
      for (const section of sectionNames) {
        await write(`,\n${JSON.stringify(section)}:[`);
        await writeSection(tx, section, header.counts[section], write, onProgress);
        await write("\n]");
      }
      await write("\n}\n");
      return header;
    },
    {
      timeout: SNAPSHOT_TIMEOUT_MS,
      maxWait: 60_000,
      ...snapshotIsolation(),
    },
  );
}

/**
 * PostgreSQL's default (READ COMMITTED) sees each query's own moment; a
 * snapshot needs REPEATABLE READ. SQLite knows only SERIALIZABLE, its
 * default. The PostgreSQL client is typed as the SQLite one (lib/db/client.ts),
 * hence the cast.
 */
function snapshotIsolation(): { isolationLevel?: "Serializable" } {
  return currentProvider() === "postgresql"
    ? ({ isolationLevel: "RepeatableRead" } as unknown as { isolationLevel: "Serializable" })
    : {};
}

async function readHeader(tx: Tx): Promise<ExportHeader> {
  const counts = {} as ExportHeader["counts"];
  // One at a time: a transaction has one connection.
  for (const section of sectionNames) counts[section] = await tableOf(tx, section).count();
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    app: await appInfo(tx),
    counts,
  };
}

/** Pages through one table by primary key (stable while others write, and an index walk). */
async function writeSection(
  tx: Tx,
  section: SectionName,
  total: number,
  write: ExportOptions["write"],
  onProgress: ExportOptions["onProgress"],
): Promise<void> {
  const key = primaryKeyOf(section);
  const table = tableOf(tx, section);
  let after: unknown;
  let done = 0;
  for (;;) {
    const rows = await table.findMany({
      where: after === undefined ? {} : { [key]: { gt: after } },
      orderBy: { [key]: "asc" },
      take: PAGE_SIZE,
    });
    if (rows.length === 0) break;
    const lines = rows.map((row) => JSON.stringify(row));
    await write(`${done === 0 ? "\n" : ",\n"}${lines.join(",\n")}`);
    done += rows.length;
    after = rows[rows.length - 1]?.[key];
    await onProgress?.({ section, done, total });
    if (rows.length < PAGE_SIZE) break;
  }
  if (done === 0) await onProgress?.({ section, done, total });
}
