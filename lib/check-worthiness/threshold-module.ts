/** The source of threshold.ts, as the training script writes it beside weights.json. */
export function thresholdModule(threshold: number): string {
  return [
    "// Written by `npm run train:check-worthiness` with weights.json; do not edit by hand.",
    "// Kept apart from the weights so settings and pages can read it without loading the model.",
    "",
    "/** Score at or above which a sentence is suggested as check-worthy; chosen on dev.tsv by the training script. */",
    `export const CHECK_WORTHY_THRESHOLD = ${threshold};`,
    "",
  ].join("\n");
}
