// `npm run bench`: reports timings; never fails on them. Results are
// recorded in bench/RESULTS.md with the machine they ran on.
import os from "node:os";
import { paragraphRanges } from "@/lib/article/canonical-text";
import { groupSegmentsByParagraph, segmentHighlights } from "@/lib/anchoring/segment-highlights";
import { deriveClaimStatus, type ClaimFacts } from "@/lib/review/claim-status";
import { summarizeArticle } from "@/lib/review/article-summary";
import { buildClaims, buildCorpus } from "./corpus";
import { buildHeavyEditScenario, buildSmallEditScenario } from "./edits";
import { measure, ms } from "./measure";
import { reportRealCorpusScenarios, reportScenario } from "./reanchor-bench";

const text = buildCorpus();
const claims = buildClaims(text);
console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}`);
console.log(`Corpus: ${text.length.toLocaleString("en")} characters, ${claims.length} word-aligned claims\n`);

const segmentation = measure(() => {
  const { segments } = segmentHighlights(text.length, claims);
  groupSegmentsByParagraph(segments, paragraphRanges(text));
});
console.log(
  `Highlight segmentation + paragraph grouping: median ${ms(segmentation.median)}, p95 ${ms(segmentation.p95)}`,
);

const facts: ClaimFacts[] = claims.map((claim, i) => ({
  dismissed: i % 17 === 0,
  verdicts:
    i % 3 === 0
      ? []
      : [
          {
            id: `v${claim.id}`,
            authorId: "a",
            state: "submitted",
            version: 1 + (i % 2),
            ratingKey: i % 5 === 0 ? "false" : "true",
            reviews: [{ reviewerId: "b", version: 1, decision: "approve", createdAt: new Date(0) }],
          },
        ],
}));
const status = measure(() => {
  summarizeArticle(facts.map((f) => ({ status: deriveClaimStatus(f) })));
});
console.log(
  `Status derivation + article summary, 1,000 claims: median ${ms(status.median)}, p95 ${ms(status.p95)}`,
);

reportScenario(buildSmallEditScenario(), { ms: 5 });
reportScenario(buildHeavyEditScenario(), { ms: 100 });
reportRealCorpusScenarios();
await import("./report-bench").then((bench) => bench.benchmarkReportExports());
await import("./pdf-bench").then((bench) => bench.benchmarkPdfExport());
await import("./api-bench").then((bench) => bench.benchmarkApi());
await import("./desk-bench").then((bench) => bench.benchmarkDesk());
await import("./check-worthiness-bench").then((bench) => bench.benchmarkCheckWorthiness());
await import("./claim-matching-bench").then((bench) => bench.benchmarkClaimMatching());
