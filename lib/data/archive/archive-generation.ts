import type { Tx } from "@/lib/db/client";

/*
 * The fact-check archive (approved claims and imported ClaimReviews) is
 * searched through an in-memory index in each instance. Every write that
 * changes what the index holds bumps this counter in its own transaction:
 * a claim becoming or ceasing to be approved (syncStatuses), an approved
 * claim's words changing, an import. An instance compares the counter with
 * the one its index was built at before each search and rebuilds when they
 * differ, so no committed write is ever missed. Deletions need no bump:
 * search results are read back from the database, and what is gone drops
 * out there.
 */

const ROW = 1;

export async function bumpArchiveGeneration(tx: Tx): Promise<void> {
  // The migration inserts the row; upsert keeps a database restored without it working.
  await tx.archiveGeneration.upsert({
    where: { id: ROW },
    create: { id: ROW, generation: 1 },
    update: { generation: { increment: 1 } },
  });
}

export async function readArchiveGeneration(client: Tx): Promise<number> {
  const row = await client.archiveGeneration.findUnique({ where: { id: ROW } });
  return row?.generation ?? 0;
}
