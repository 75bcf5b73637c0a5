import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { toCanonicalText } from "@/lib/article/canonical-text";
import { normalizeArticleText } from "@/lib/article/text-blocks";

/*
 * A second corpus for the re-anchoring benchmark, of real text whose
 * near-duplicates are not as regular as bench/corpus.ts's: a live blog of a
 * debate, republished after every update. Each update adds the newest passage
 * at the top, edits one or two earlier paragraphs a little (a word changed, a
 * sentence added or dropped) and lets the oldest fall off the bottom, so every
 * paragraph recurs about a dozen times, verbatim or slightly changed, in no
 * fixed order.
 *
 * The passages are real debate sentences (the ClaimBuster / CheckThat! set,
 * CC BY 4.0), read at run time from the shared datasets folder and never
 * copied into the repository; consecutive sentence ids are consecutive
 * sentences of one debate, so a passage reads as it was spoken.
 */

const DATASET_DIR = "/work/shared/datasets/check-worthiness";
const DATASET_FILES = ["train.tsv", "dev.tsv", "dev-test.tsv"];

/** Paragraphs kept in the running story; older ones drop off the bottom. */
const STORY_PARAGRAPHS = 14;
/** Where in the debates the blog starts, by sentence id: past the first few debates, deterministically. */
const FIRST_SENTENCE_ID = 1000;

export type RealCorpus = { text: string; source: string } | { text: null; reason: string };

/**
 * How the blog reached the app: with a blank line between paragraphs, or
 * pasted with single line breaks, which the import joins into one paragraph
 * (normalizeArticleText), as it does for any text without blank lines.
 */
export type RealLayout = "paragraphs" | "pasted";

/** About `minLength` characters of the republished live blog, or why it cannot be built here. */
export function buildRealCorpus(layout: RealLayout = "paragraphs", minLength = 125_000): RealCorpus {
  const missing = DATASET_FILES.filter((file) => !existsSync(path.join(DATASET_DIR, file)));
  if (missing.length > 0) {
    return {
      text: null,
      reason: `${DATASET_DIR} lacks ${missing.join(", ")}; the real-text corpus is skipped`,
    };
  }
  const passages = readPassages();
  const random = seededRandom(29);
  const vocabulary = [
    ...new Set(
      passages
        .flat()
        .join(" ")
        .match(/\p{L}{4,}/gu) ?? [],
    ),
  ].sort();
  let nextPassage = 0;
  const takePassage = (): string[] => [...(passages[nextPassage++ % passages.length] ?? [])];

  const story: string[][] = Array.from({ length: 8 }, takePassage);
  const out: string[] = [];
  let length = 0;
  while (length < minLength) {
    for (const paragraph of story) {
      const text = paragraph.join(" ");
      out.push(text);
      length += text.length + 2;
      if (length >= minLength) break;
    }
    story.unshift(takePassage());
    if (story.length > STORY_PARAGRAPHS) story.pop();
    const edits = 1 + Math.floor(random() * 2);
    for (let i = 0; i < edits; i += 1) {
      const paragraph = story[1 + Math.floor(random() * (story.length - 1))];
      if (paragraph !== undefined) editParagraph(paragraph, random, vocabulary, takePassage);
    }
  }
  const text = layout === "paragraphs" ? toCanonicalText(out) : normalizeArticleText(out.join("\n"));
  return { text, source: `${DATASET_DIR} (${DATASET_FILES.join(", ")})` };
}

/** Debate sentences in id order, cut into passages of 2–4 consecutive sentences. */
function readPassages(): string[][] {
  const rows: Array<{ id: number; text: string }> = [];
  for (const file of DATASET_FILES) {
    // Quotes inside fields are not escaped, so split on tabs only.
    for (const line of readFileSync(path.join(DATASET_DIR, file), "utf8").split("\n").slice(1)) {
      const [id, text] = line.split("\t");
      const sentence = (text ?? "").replace(/\s+/g, " ").trim();
      if (id !== undefined && sentence !== "") rows.push({ id: Number(id), text: sentence });
    }
  }
  rows.sort((a, b) => a.id - b.id);
  const random = seededRandom(31);
  const passages: string[][] = [];
  let current: string[] = [];
  let previousId = -1;
  let size = 0;
  for (const row of rows) {
    if (row.id < FIRST_SENTENCE_ID) continue;
    // A gap in the ids may be a new debate: never run a passage across it.
    if (current.length > 0 && (row.id !== previousId + 1 || current.length >= size)) {
      if (current.length >= 2) passages.push(current);
      current = [];
    }
    if (current.length === 0) size = 2 + Math.floor(random() * 3);
    current.push(row.text);
    previousId = row.id;
  }
  return passages;
}

/** One small edit of the kind an update makes: a word changed, a sentence added or dropped. */
function editParagraph(
  paragraph: string[],
  random: () => number,
  vocabulary: readonly string[],
  takePassage: () => string[],
): void {
  const kind = Math.floor(random() * 3);
  const at = Math.floor(random() * paragraph.length);
  if (kind === 0) {
    const sentence = paragraph[at] ?? "";
    const words = [...sentence.matchAll(/\p{L}{4,}/gu)];
    const word = words[Math.floor(random() * words.length)];
    const replacement = vocabulary[Math.floor(random() * vocabulary.length)];
    if (word !== undefined && replacement !== undefined) {
      paragraph[at] =
        sentence.slice(0, word.index) + replacement + sentence.slice(word.index + word[0].length);
    }
  } else if (kind === 1 || paragraph.length < 3) {
    paragraph.splice(at + 1, 0, takePassage()[0] ?? "");
  } else {
    paragraph.splice(at, 1);
  }
}

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}
