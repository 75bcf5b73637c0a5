// `npm run train:check-worthiness [-- --extra FILE ...]`: trains the check-worthiness model on the
// CheckThat! train.tsv (plus newsroom feedback files in the same TSV format), chooses the threshold on
// dev.tsv, writes lib/check-worthiness/weights.json (and threshold.ts) and prints dev and dev-test metrics. Deterministic:
// the same inputs reproduce the committed weights byte for byte.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { datasetFile, readLabelledSentences, type LabelledSentence } from "@/lib/check-worthiness/dataset";
import type { BinaryMetrics } from "@/lib/check-worthiness/evaluate";
import { thresholdModule } from "@/lib/check-worthiness/threshold-module";
import { runTraining } from "@/lib/check-worthiness/training-run";

const { values } = parseArgs({
  options: { extra: { type: "string", multiple: true, default: [] }, out: { type: "string" } },
});
const extraFiles = values.extra ?? [];
const train = [datasetFile("train"), ...extraFiles].flatMap(readOrExit);
const trainedOn = [
  "CLEF CheckThat! 2024 Task 1 English train.tsv (ClaimBuster, CC BY 4.0)",
  ...extraFiles.map((file) => path.basename(file)),
].join(" + ");

/** A missing or malformed file ends the run with one sentence naming it, not a stack trace. */
function readOrExit(file: string): LabelledSentence[] {
  try {
    return readLabelledSentences(file);
  } catch (error) {
    console.error(`train:check-worthiness: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

const run = runTraining(
  {
    train,
    dev: readOrExit(datasetFile("dev")),
    devTest: readOrExit(datasetFile("dev-test")),
  },
  trainedOn,
);
const out = values.out ?? path.resolve(import.meta.dirname, "../lib/check-worthiness/weights.json");
const json = `${JSON.stringify(run.encoded, null, 2)}\n`; // prettier's own layout, so `npm run lint` passes
fs.writeFileSync(out, json);
// The threshold also goes in a small module, so settings and pages read it without loading the model.
if (!values.out)
  fs.writeFileSync(
    path.resolve(import.meta.dirname, "../lib/check-worthiness/threshold.ts"),
    thresholdModule(run.encoded.threshold),
  );

const show = (name: string, m: BinaryMetrics) =>
  console.log(
    `${name}: F1 ${m.f1.toFixed(4)}, precision ${m.precision.toFixed(4)}, recall ${m.recall.toFixed(4)}, AP ${m.averagePrecision.toFixed(4)}`,
  );
console.log(
  `Trained on ${train.length.toLocaleString("en")} sentences; threshold ${run.encoded.threshold} (from dev)`,
);
show("dev", run.dev);
show("dev-test", run.devTest);
console.log(
  `Wrote ${out}: ${(json.length / 1024).toFixed(0)} KiB, sha256 ${crypto.createHash("sha256").update(json).digest("hex")}`,
);
