import mammoth from "mammoth";
import { AppError } from "../errors/app-error";
import { declaredExpandedSize, MAX_DOCX_EXPANDED_BYTES } from "./docx-size";
import { extractTextBlocks } from "./extract-text-blocks";
import type { ImportedArticle } from "./import-result";
import { readInertDocument } from "./inert-document";
import { takeTitle } from "./take-title";

export interface ParseDocxOptions {
  /** A title the editor typed; it wins over the document's own heading. */
  title?: string;
}

const HEADING = /^h[1-6]$/;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EXPANDS_TOO_FAR =
  "That Word document expands to far more text than an article holds. Paste the article text instead.";
const NOT_A_DOCX = "That file is not a Word document we can read. Save it as .docx again, or paste the text.";

/*
 * Images are never read: we keep text only, and mammoth's default would
 * inline every picture as a base64 data: URL just for us to throw it away.
 * externalFileAccess stays false (mammoth's default, spelled out) so a
 * document cannot make the server read files it links to.
 */
const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: "" }));

/**
 * A Word .docx → an article. mammoth turns it into HTML, which goes through
 * the same paragraph walk as web pages, so headings, lists and quotes behave
 * alike. The first heading is the title, else the first paragraph.
 */
export async function parseDocx(bytes: Uint8Array, options: ParseDocxOptions = {}): Promise<ImportedArticle> {
  const expandedSize = ZIP_MAGIC.every((byte, index) => bytes[index] === byte)
    ? declaredExpandedSize(bytes)
    : null;
  if (expandedSize === null) throw new AppError("VALIDATION", NOT_A_DOCX);
  if (expandedSize > MAX_DOCX_EXPANDED_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", EXPANDS_TOO_FAR);
  const html = await convertToHtml(bytes);
  const blocks = readInertDocument(html, undefined, (document) => extractTextBlocks(document.body));
  if (blocks.length === 0) throw new AppError("VALIDATION", "The Word document has no text in it.");
  const { title, paragraphs, warnings } = takeTitle(blocks, {
    given: options.title,
    isTitle: (block) => HEADING.test(block.tag),
  });
  return {
    title,
    byline: null,
    dateline: null,
    publishedAt: null,
    sourceUrl: null,
    siteName: null,
    paragraphs,
    format: "docx",
    warnings,
  };
}

async function convertToHtml(bytes: Uint8Array): Promise<string> {
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: skipImages, externalFileAccess: false },
    );
    return result.value;
  } catch {
    // mammoth's own messages name zip internals; the editor needs to know what to do.
    throw new AppError("VALIDATION", NOT_A_DOCX);
  }
}
