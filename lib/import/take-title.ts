import { AppError } from "../errors/app-error";
import type { TextBlock } from "./extract-text-blocks";

export interface TakeTitleOptions {
  /** A title the editor typed; when present, no block is taken. */
  given?: string;
  /** Which block is the document's own title (the first match is taken). */
  isTitle: (block: TextBlock) => boolean;
}

export interface TitledParagraphs {
  title: string;
  paragraphs: string[];
  warnings: string[];
}

/**
 * Choose a document's title from its blocks and return the rest as
 * paragraphs: the given title, else the first block `isTitle` accepts, else
 * the first block (with a warning, since that is a guess).
 */
export function takeTitle(blocks: TextBlock[], options: TakeTitleOptions): TitledParagraphs {
  const given = options.given?.trim() ?? "";
  const texts = blocks.map((block) => block.text);
  if (given !== "") return requireParagraphs({ title: given, paragraphs: texts, warnings: [] });

  const titleAt = blocks.findIndex(options.isTitle);
  const index = titleAt === -1 ? 0 : titleAt;
  return requireParagraphs({
    title: texts[index] ?? "",
    paragraphs: texts.filter((_text, at) => at !== index),
    warnings: titleAt === -1 ? ["The first paragraph was used as the title; check it."] : [],
  });
}

function requireParagraphs(result: TitledParagraphs): TitledParagraphs {
  if (result.paragraphs.length === 0) {
    throw new AppError("VALIDATION", "We found a title but no article text in the file.");
  }
  return result;
}
