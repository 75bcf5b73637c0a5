// Claim matching (issue 17): quality on CheckThat! 2020 Task 2 dev/ against a plain BM25 measured in the same
// run, speed, and index build time and memory for the 10k verified claims and a 300k synthetic archive.
import MiniSearch from "minisearch";
import {
  readQrels,
  readQueries,
  readVerifiedClaims,
  type Qrels,
  type Query,
} from "@/lib/claim-matching/dataset";
import { searchBm25 } from "@/lib/claim-matching/bm25-index";
import { evaluateRankings, type RetrievalMetrics } from "@/lib/claim-matching/evaluate";
import {
  buildMatchIndex,
  matchClaim,
  type MatchEntry,
  type MatchIndex,
} from "@/lib/claim-matching/match-index";
import { matchTerms } from "@/lib/claim-matching/normalize";
import { RERANKER_MODEL } from "@/lib/claim-matching/reranker-model";
import { synthesiseEntries } from "@/lib/claim-matching/synthetic-claims";
import { measure, ms } from "./measure";

const f = (value: number) => value.toFixed(4);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function heapUsed(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

function rankWith(queries: readonly Query[], rank: (text: string) => string[]) {
  const started = performance.now();
  const rankings = new Map(queries.map((query) => [query.id, rank(query.text)]));
  return { rankings, queriesPerSecond: (queries.length / (performance.now() - started)) * 1000 };
}

function built(entries: readonly MatchEntry[]): { index: MatchIndex; seconds: number; heap: number } {
  const before = heapUsed();
  const started = performance.now();
  const index = buildMatchIndex(entries);
  const seconds = (performance.now() - started) / 1000;
  return { index, seconds, heap: heapUsed() - before };
}

/**
 * The anchor's baseline: MiniSearch 7.2 defaults (BM25+, no boosts) over claim and title, top 5, with its own
 * tokenizer, or with ours (`matchTerms`) to show what the tokenizer alone is worth.
 */
function plainBm25(
  claims: readonly MatchEntry[],
  queries: readonly Query[],
  qrels: Qrels,
  ourTokenizer = false,
) {
  const search = new MiniSearch<MatchEntry>({
    fields: ["text", "title"],
    ...(ourTokenizer ? { tokenize: matchTerms, processTerm: (term: string) => term } : {}),
  });
  search.addAll(claims);
  const run = rankWith(queries, (text) =>
    search
      .search(text)
      .slice(0, 5)
      .map((hit) => String(hit.id)),
  );
  return { metrics: evaluateRankings(run.rankings, qrels), queriesPerSecond: run.queriesPerSecond };
}

function line(name: string, metrics: RetrievalMetrics, queriesPerSecond: number): void {
  console.log(
    `  ${name.padEnd(34)} MAP@5 ${f(metrics.map5)}, P@1 ${f(metrics.precisionAt1)}; ${queriesPerSecond.toFixed(0)} queries/s`,
  );
}

export function benchmarkClaimMatching(): void {
  const claims = readVerifiedClaims();
  const dev = readQueries("dev");
  const qrels = readQrels("dev");
  reportQuality(claims, dev, qrels);
  reportScale(claims, dev, qrels);
}

function reportQuality(claims: MatchEntry[], dev: Query[], qrels: Qrels): void {
  console.log(
    `\nClaim matching on CheckThat! 2020 Task 2 dev/ (${dev.length} tweets, ${claims.length} verified claims):`,
  );
  const small = built(claims);
  const ours = rankWith(dev, (text) => matchClaim(small.index, text, 5).map((match) => match.id));
  const oursMetrics = evaluateRankings(ours.rankings, qrels);
  const baseline = plainBm25(claims, dev, qrels);
  const baselineOurTokens = plainBm25(claims, dev, qrels, true);
  const firstStage = rankWith(dev, (text) =>
    searchBm25(small.index.bm25, matchTerms(text), RERANKER_MODEL.bm25, 5).map(
      (found) => small.index.entries[found.doc]!.id,
    ),
  );
  line("model (BM25 + listwise reranker):", oursMetrics, ours.queriesPerSecond);
  line(
    "its first stage alone (tuned BM25):",
    evaluateRankings(firstStage.rankings, qrels),
    firstStage.queriesPerSecond,
  );
  line("plain BM25 (MiniSearch defaults):", baseline.metrics, baseline.queriesPerSecond);
  line("MiniSearch defaults, our tokenizer:", baselineOurTokens.metrics, baselineOurTokens.queriesPerSecond);
  console.log(
    `  ratio model/plain BM25: MAP@5 ${(oursMetrics.map5 / baseline.metrics.map5).toFixed(3)}, P@1 ${(oursMetrics.precisionAt1 / baseline.metrics.precisionAt1).toFixed(3)}`,
  );
  console.log(
    `  index of ${claims.length.toLocaleString("en")} claims: built in ${small.seconds.toFixed(2)} s, heap ${mb(small.heap)}`,
  );
}

function reportScale(claims: MatchEntry[], dev: Query[], qrels: Qrels): void {
  const archive = synthesiseEntries(claims, 300_000);
  const large = built(archive);
  console.log(
    `  index of ${archive.length.toLocaleString("en")} claims (synthetic, see README): built in ${large.seconds.toFixed(1)} s, heap ${mb(large.heap)}`,
  );
  let next = 0;
  const timing = measure(
    () => void matchClaim(large.index, dev[next++ % dev.length]!.text, 5),
    dev.length,
    10,
  );
  console.log(
    `  one claim against 300,000: median ${ms(timing.median)}, p95 ${ms(timing.p95)} (target 50 ms)`,
  );
  const atScale = evaluateRankings(
    rankWith(dev, (text) => matchClaim(large.index, text, 5).map((match) => match.id)).rankings,
    qrels,
  );
  console.log(
    `  dev MAP@5 with ${(archive.length - claims.length).toLocaleString("en")} synthetic distractors: ${f(atScale.map5)}, P@1 ${f(atScale.precisionAt1)}`,
  );
}
