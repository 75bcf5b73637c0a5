import { importSettings } from "../config/import-settings";
import { AppError } from "../errors/app-error";
import { decodeText } from "./decode-text";
import { detectCharset } from "./detect-charset";
import { extractArticleFromHtml } from "./extract-html";
import { formatMegabytes } from "./format-limits";
import type { ImportedArticle } from "./import-result";
import { parseDocx } from "./parse-docx";
import { parseMarkdown } from "./parse-markdown";
import { parsePastedText } from "./parse-pasted-text";

export interface UploadedFile {
  filename: string;
  /** What the browser said; often empty or application/octet-stream, so the extension decides first. */
  contentType: string;
  bytes: Uint8Array;
}

export interface ParseUploadOptions {
  /** Largest accepted file; defaults to IMPORT_MAX_BYTES (5 MB). */
  maxBytes?: number;
  title?: string;
}

type UploadKind = "text" | "markdown" | "html" | "docx";

const KIND_BY_EXTENSION: Record<string, UploadKind> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
  docx: "docx",
};

const KIND_BY_TYPE: Record<string, UploadKind> = {
  "text/plain": "text",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};

export const UNSUPPORTED_FILE = "That file type is not supported. Upload a .txt, .md, .html or .docx file.";

/** An uploaded file → an article, by its extension (or, failing that, its content type). */
export async function parseUpload(
  file: UploadedFile,
  options: ParseUploadOptions = {},
): Promise<ImportedArticle> {
  const maxBytes = options.maxBytes ?? importSettings().maxBytes;
  if (file.bytes.byteLength > maxBytes) {
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `That file is larger than ${formatMegabytes(maxBytes)}, the most an import accepts. Upload a smaller file or paste the article text.`,
    );
  }
  const kind = detectKind(file);
  if (kind === null) throw new AppError("UNSUPPORTED_MEDIA_TYPE", UNSUPPORTED_FILE);
  if (kind === "docx") return parseDocx(file.bytes, { title: options.title });

  // UTF-8 unless the file says otherwise: a byte-order mark, or a saved page's <meta charset>.
  const { text } = decodeText(file.bytes, detectCharset(file.bytes, null, kind === "html"));
  if (text.trim() === "") throw new AppError("VALIDATION", "That file is empty.");
  if (kind === "markdown") return parseMarkdown(text, { title: options.title });
  if (kind === "html") {
    const article = extractArticleFromHtml(text);
    return options.title?.trim() ? { ...article, title: options.title.trim() } : article;
  }
  return parsePastedText(text, { title: options.title });
}

function detectKind(file: UploadedFile): UploadKind | null {
  const extension = /\.([a-z0-9]+)$/i.exec(file.filename.trim())?.[1]?.toLowerCase();
  const byExtension = extension === undefined ? undefined : KIND_BY_EXTENSION[extension];
  if (byExtension !== undefined) return byExtension;
  // An unknown extension is refused even when the type looks fine: "report.pdf" sent as text/plain is still a PDF.
  if (extension !== undefined) return null;
  const mediaType = file.contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  return KIND_BY_TYPE[mediaType] ?? null;
}
