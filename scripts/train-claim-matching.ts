// `npm run train:claim-matching`: trains the claim-matching reranker on the CheckThat! 2020 Task 2 train
// tweets only (BM25 parameters, depth and L2 chosen on train, by cross-validation for the latter two) and
// writes lib/claim-matching/reranker-model.ts. dev/ is not read. Deterministic: the same data writes the
// same file byte for byte.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { format, resolveConfig } from "prettier";
import { readQrels, readQueries, readVerifiedClaims } from "@/lib/claim-matching/dataset";
import { FEATURE_NAMES } from "@/lib/claim-matching/features";
import { trainReranker } from "@/lib/claim-matching/train";

const started = performance.now();
const { model, report } = trainReranker(
  { claims: readVerifiedClaims(), queries: readQueries("train"), qrels: readQrels("train") },
  "CLEF CheckThat! 2020 Task 2 train/ (800 tweets, 10,375 Snopes verified claims); generic features only",
);
const out = path.resolve(import.meta.dirname, "../lib/claim-matching/reranker-model.ts");
const generated = `// Written by \`npm run train:claim-matching\` (scripts/train-claim-matching.ts); do not edit by hand.
// Feature order: lib/claim-matching/features.ts FEATURE_NAMES (${FEATURE_NAMES.length} features).
import type { RerankerModel } from "./model";

export const RERANKER_MODEL: RerankerModel = ${JSON.stringify(model, null, 2)};
`;
// Formatted as `npm run lint` expects, so a rerun leaves the committed file unchanged.
const source = await format(generated, { ...(await resolveConfig(out)), filepath: out });
fs.writeFileSync(out, source);
console.log(
  `BM25 ${JSON.stringify(report.bm25)}: first-stage train MAP@5 ${report.firstStageMap5.toFixed(4)}`,
);
for (const row of report.crossValidation) {
  console.log(`  depth ${row.depth}, L2 ${row.l2}: cross-validated train MAP@5 ${row.map5.toFixed(4)}`);
}
console.log(
  `Chose depth ${report.chosen.depth}, L2 ${report.chosen.l2}; bands ${JSON.stringify(model.bands)}`,
);
console.log(
  `Wrote ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s, sha256 ${crypto.createHash("sha256").update(source).digest("hex")}`,
);
