import type { Db } from "@/lib/db/client";
import { bulkInsertStatements } from "@/lib/db/dialect";
import type { BatchRows } from "./build-batch";

/** Table names of the batch's row lists, parents before children. */
const TABLES: ReadonlyArray<[keyof BatchRows, string]> = [
  ["articles", "Article"],
  ["articleRevisions", "ArticleRevision"],
  ["claims", "Claim"],
  ["verdicts", "Verdict"],
  ["revisions", "VerdictRevision"],
  ["citations", "VerdictSource"],
  ["reviews", "Review"],
];

/**
 * One batch in one transaction, by multi-row INSERTs (lib/db/dialect.ts):
 * Prisma's createMany costs about 0.5 ms a row here, too slow for 300,000
 * claims with their verdicts. Rows carry every column without a database
 * default (ids, updatedAt), as createMany would have filled them.
 */
export async function insertBatch(db: Db, rows: BatchRows): Promise<void> {
  await db.$transaction(
    async (tx) => {
      for (const [key, table] of TABLES) {
        const list = rows[key] as ReadonlyArray<Record<string, unknown>>;
        for (const statement of bulkInsertStatements(table, list)) {
          await tx.$executeRaw(statement);
        }
      }
    },
    { timeout: 120_000 },
  );
}
