import { toCanonicalText } from "./canonical-text";

/** A run of non-blank lines: its trimmed lines and its text with whitespace collapsed. */
export interface Block {
  lines: string[];
  text: string;
}

/** Split on blank (whitespace-only) lines after stripping a BOM and normalising line endings. */
export function splitIntoBlocks(raw: string): Block[] {
  const normalised = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const blocks: Block[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) {
      blocks.push({ lines: current, text: collapseWhitespace(current.join(" ")) });
      current = [];
    }
  };
  for (const line of normalised.split("\n")) {
    if (line.trim() === "") flush();
    else current.push(line.trim());
  }
  flush();
  return blocks;
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Text as an editor typed it → canonical article text: paragraphs split on
 * blank lines, whitespace inside a paragraph collapsed, joined by "\n\n".
 */
export function normalizeArticleText(raw: string): string {
  return toCanonicalText(splitIntoBlocks(raw).map((block) => block.text));
}
