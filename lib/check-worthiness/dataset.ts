import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export type LabelledSentence = { id: string; text: string; label: 0 | 1 };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Where the data may be: beside the project (as on the team's machines), or the shared folder of a clone elsewhere. */
const candidateDirectories = [
  path.resolve(repoRoot, "../shared/datasets/check-worthiness"),
  "/work/shared/datasets/check-worthiness",
];

/**
 * The CheckThat! 2024 Task 1 files; never copied into the repository (see ../shared/datasets/README.md).
 * CHECK_WORTHINESS_DATA wins; else the first candidate that holds train.tsv (else the first, so errors name it).
 */
export function checkWorthinessDataDirectory(): string {
  if (process.env.CHECK_WORTHINESS_DATA) return process.env.CHECK_WORTHINESS_DATA;
  return (
    candidateDirectories.find((directory) => fs.existsSync(path.join(directory, "train.tsv"))) ??
    candidateDirectories[0]!
  );
}

export function datasetFile(split: "train" | "dev" | "dev-test"): string {
  return path.join(checkWorthinessDataDirectory(), `${split}.tsv`);
}

/**
 * Reads a labelled TSV (`Sentence_id`, `Text`, `class_label` = Yes/No, header row). Quotes are not
 * escaped in these files, so fields are split on tabs only.
 */
export function readLabelledSentences(file: string): LabelledSentence[] {
  const lines = fs.readFileSync(file, "utf8").split(/\r?\n/);
  const rows: LabelledSentence[] = [];
  lines.forEach((line, i) => {
    if (i === 0 || line.trim() === "") return;
    const fields = line.split("\t");
    const label = fields.at(-1)?.trim();
    if (fields.length < 3 || (label !== "Yes" && label !== "No")) {
      throw new Error(`${path.basename(file)} line ${i + 1}: expected "id<TAB>text<TAB>Yes|No"`);
    }
    rows.push({ id: fields[0]!, text: fields.slice(1, -1).join("\t"), label: label === "Yes" ? 1 : 0 });
  });
  return rows;
}
