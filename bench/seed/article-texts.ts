import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { PARAGRAPH_SEPARATOR, toCanonicalText } from "@/lib/article/canonical-text";
import { parsePlainArticle } from "@/lib/import/parse-plain-article";

/*
 * Real text for the bench archive. Each article is a window of consecutive
 * sentences, cut into paragraphs of two to four: from the debate transcripts
 * of the ClaimBuster / CheckThat! set (CC BY 4.0, read at run time from the
 * shared datasets folder, never copied into the repository) when it is there,
 * and always from the sample news article in prisma/seed/articles. Claims are
 * marked on whole sentences, check-worthy ones first, as a fact-checker would.
 */

const DATASET_DIR = "/work/shared/datasets/check-worthiness";
const DATASET_FILES = ["train.tsv", "dev.tsv", "dev-test.tsv"];
const SAMPLE = new URL(
  "../../prisma/seed/articles/upi-2025-04-28-north-korea-troops-kursk.txt",
  import.meta.url,
);

export interface Sentence {
  text: string;
  checkWorthy: boolean;
}

export interface ArticleText {
  title: string;
  text: string;
  /** Where each sentence lies in `text`, for claims to anchor on. */
  sentences: Array<{ start: number; end: number; checkWorthy: boolean }>;
}

/** Every sentence available, in reading order, and where they came from. */
export function loadSentences(): { sentences: Sentence[]; source: string } {
  const sample = parsePlainArticle(readFileSync(SAMPLE, "utf8"))
    .paragraphs.flatMap((paragraph) => paragraph.split(/(?<=[.!?]["”]?)\s+(?=[A-Z"“])/))
    .map((text) => ({ text: text.trim(), checkWorthy: /\d/.test(text) }))
    .filter((sentence) => sentence.text.length > 0);
  const files = DATASET_FILES.map((file) => path.join(DATASET_DIR, file));
  if (!files.every((file) => existsSync(file))) return { sentences: sample, source: "the sample article" };
  const rows: Array<{ id: number } & Sentence> = [];
  for (const file of files) {
    // Quotes inside fields are not escaped, so split on tabs only.
    for (const line of readFileSync(file, "utf8").split("\n").slice(1)) {
      const [id, text, label] = line.split("\t");
      const sentence = (text ?? "").replace(/\s+/g, " ").trim();
      if (id && sentence.length >= 20) {
        rows.push({ id: Number(id), text: sentence, checkWorthy: label?.trim() === "Yes" });
      }
    }
  }
  rows.sort((a, b) => a.id - b.id);
  return { sentences: [...sample, ...rows], source: `the sample article and ${DATASET_DIR}` };
}

/**
 * Article `index` of the archive: `length` sentences from a pseudo-random
 * place in the pool (wrapping round), as paragraphs of two to four.
 */
export function buildArticleText(
  pool: readonly Sentence[],
  index: number,
  length: number,
  random: () => number,
): ArticleText {
  const from = Math.floor(random() * pool.length);
  const paragraphs: string[] = [];
  const spans: Array<{ paragraph: number; offset: number; sentence: Sentence }> = [];
  let current: string[] = [];
  let size = 2 + Math.floor(random() * 3);
  for (let i = 0; i < length; i += 1) {
    const sentence = pool[(from + i) % pool.length]!;
    const offset = current.reduce((sum, text) => sum + text.length + 1, 0);
    spans.push({ paragraph: paragraphs.length, offset, sentence });
    current.push(sentence.text);
    if (current.length >= size) {
      paragraphs.push(current.join(" "));
      current = [];
      size = 2 + Math.floor(random() * 3);
    }
  }
  if (current.length > 0) paragraphs.push(current.join(" "));
  const text = toCanonicalText(paragraphs);
  const paragraphStarts: number[] = [];
  for (
    let i = 0, at = 0;
    i < paragraphs.length;
    at += paragraphs[i]!.length + PARAGRAPH_SEPARATOR.length, i += 1
  ) {
    paragraphStarts.push(at);
  }
  const sentences = spans.map(({ paragraph, offset, sentence }) => {
    const start = paragraphStarts[paragraph]! + offset;
    return { start, end: start + sentence.text.length, checkWorthy: sentence.checkWorthy };
  });
  const first = pool[from % pool.length]!.text;
  const title = `${first
    .split(/\s+/)
    .slice(0, 9)
    .join(" ")
    .replace(/[,.;:!?]+$/, "")}… (#${index + 1})`;
  return { title, text, sentences };
}
