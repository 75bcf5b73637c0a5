import { readFileSync } from "node:fs";
import { toCanonicalText } from "@/lib/article/canonical-text";
import { parsePlainArticle } from "@/lib/import/parse-plain-article";

const SAMPLE = new URL(
  "../prisma/seed/articles/upi-2025-04-28-north-korea-troops-kursk.txt",
  import.meta.url,
);

/**
 * At least `minLength` characters of real English news text: the sample
 * article's paragraphs repeated with small variations, so near-duplicate
 * passages occur as they do in long articles that quote themselves.
 */
export function buildCorpus(minLength = 100_000): string {
  const paragraphs = parsePlainArticle(readFileSync(SAMPLE, "utf8")).paragraphs;
  const out: string[] = [];
  let length = 0;
  for (let round = 0; length < minLength; round += 1) {
    for (const [i, paragraph] of paragraphs.entries()) {
      const text = round % 3 === 0 ? paragraph : `${paragraph} (Update ${round}.${i})`;
      out.push(text);
      length += text.length + 2;
    }
  }
  return toCanonicalText(out);
}

/** `count` word-aligned ranges, deterministic, some overlapping and nested. */
export function buildClaims(text: string, count = 1000): Array<{ id: string; start: number; end: number }> {
  const wordStarts: number[] = [];
  for (const match of text.matchAll(/\b\w/g)) wordStarts.push(match.index);
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  return Array.from({ length: count }, (_, i) => {
    const first = Math.floor(random() * (wordStarts.length - 40));
    const words = 3 + Math.floor(random() * 25);
    const start = wordStarts[first] ?? 0;
    const endWord = wordStarts[first + words] ?? text.length;
    const end = text.slice(start, endWord).trimEnd().length + start;
    return { id: `c${i}`, start, end };
  });
}
