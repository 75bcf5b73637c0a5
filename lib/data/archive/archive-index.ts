import {
  buildMatchIndex,
  matchClaim,
  type Match,
  type MatchEntry,
  type MatchIndex,
} from "@/lib/claim-matching/match-index";
import { archiveEntryId } from "@/lib/claim-matching/archive-entry-id";
import { db, type Tx } from "@/lib/db/client";
import { readArchiveGeneration } from "./archive-generation";

/**
 * What the archive matches against: every approved claim (its statement, with
 * the quoted words as its title) and every imported fact-check (the claim it
 * reviewed).
 */
export async function loadArchiveEntries(client: Tx = db): Promise<MatchEntry[]> {
  const [claims, factChecks] = await Promise.all([
    client.claim.findMany({
      where: { status: "approved" },
      select: { id: true, statement: true, exact: true },
      orderBy: { id: "asc" },
    }),
    client.importedFactCheck.findMany({ select: { id: true, claimReviewed: true }, orderBy: { id: "asc" } }),
  ]);
  return [
    ...claims.map((claim) => ({
      id: archiveEntryId.claim(claim.id),
      text: claim.statement,
      ...(claim.exact === claim.statement ? {} : { title: claim.exact }),
    })),
    ...factChecks.map((check) => ({ id: archiveEntryId.factCheck(check.id), text: check.claimReviewed })),
  ];
}

let cached: { generation: number; index: Promise<MatchIndex> } | null = null;

/**
 * This instance's search index over the archive. The generation is read
 * first: a write committed before the read is in the entries loaded after
 * it; one committed during the load bumps the generation past the cached
 * one, so the next search rebuilds. An index is never newer than it says,
 * and no committed write is missed.
 */
export async function archiveIndex(): Promise<MatchIndex> {
  const generation = await readArchiveGeneration(db);
  if (cached?.generation !== generation) {
    const index = loadArchiveEntries().then((entries) => buildMatchIndex(entries));
    cached = { generation, index };
    index.catch(() => {
      if (cached?.index === index) cached = null; // a failed build is retried on the next search
    });
  }
  return cached.index;
}

/** The archive entries a text most likely repeats, best first. */
export async function matchArchive(text: string, top = 5): Promise<Match[]> {
  return matchClaim(await archiveIndex(), text, top);
}
