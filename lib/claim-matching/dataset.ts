import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { MatchEntry } from "./match-index";
import { parseTsv } from "./tsv";

export type Query = { id: string; text: string };
/** Query id → the ids of the verified claims it repeats. */
export type Qrels = Map<string, Set<string>>;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Where the data may be: beside the project (as on the team's machines), or the shared folder of a clone elsewhere. */
const candidateDirectories = [
  path.resolve(repoRoot, "../shared/datasets/claim-retrieval"),
  "/work/shared/datasets/claim-retrieval",
];

/**
 * The CheckThat! 2020 Task 2 files; never copied into the repository (see ../shared/datasets/README.md).
 * CLAIM_RETRIEVAL_DATA wins; else the first candidate that holds verified_claims.docs.tsv.
 */
export function claimRetrievalDataDirectory(): string {
  if (process.env.CLAIM_RETRIEVAL_DATA) return process.env.CLAIM_RETRIEVAL_DATA;
  return (
    candidateDirectories.find((directory) =>
      fs.existsSync(path.join(directory, "verified_claims.docs.tsv")),
    ) ?? candidateDirectories[0]!
  );
}

/** Rows of a headed TSV with quoted fields (some claims span lines), without the header. */
function readRows(file: string, columns: number): string[][] {
  const [, ...rows] = parseTsv(fs.readFileSync(file, "utf8"));
  rows.forEach((fields, i) => {
    if (fields.length < columns) {
      throw new Error(`${path.basename(file)} row ${i + 1}: expected ${columns} tab-separated fields`);
    }
  });
  return rows;
}

/** The 10,373 Snopes verified claims: `vclaim_id`, `vclaim`, `title`. */
export function readVerifiedClaims(): MatchEntry[] {
  const file = path.join(claimRetrievalDataDirectory(), "verified_claims.docs.tsv");
  return readRows(file, 3).map(([id, text, title]) => ({ id: id!, text: text!, title: title! }));
}

export function readQueries(split: "train" | "dev"): Query[] {
  const file = path.join(claimRetrievalDataDirectory(), split, "tweets.queries.tsv");
  return readRows(file, 2).map(([id, ...text]) => ({ id: id!, text: text.join("\t") }));
}

/** TREC qrels: `query_id 0 vclaim_id 1` (tab- or space-separated). */
export function readQrels(split: "train" | "dev"): Qrels {
  const file = path.join(claimRetrievalDataDirectory(), split, "tweet-vclaim-pairs.qrels");
  const qrels: Qrels = new Map();
  for (const line of fs.readFileSync(file, "utf8").split(/\r?\n/)) {
    const [queryId, , claimId, relevance] = line.trim().split(/\s+/);
    if (!queryId || !claimId || relevance === "0") continue;
    if (!qrels.has(queryId)) qrels.set(queryId, new Set());
    qrels.get(queryId)!.add(claimId);
  }
  return qrels;
}
