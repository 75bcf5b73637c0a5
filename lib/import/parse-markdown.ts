import MarkdownIt from "markdown-it";
import { AppError } from "../errors/app-error";
import { extractTextBlocks, type TextBlock } from "./extract-text-blocks";
import type { ImportedArticle } from "./import-result";
import { readInertDocument } from "./inert-document";
import { takeTitle } from "./take-title";

export interface ParseMarkdownOptions {
  /** A title the editor typed; it wins over the document's own heading. */
  title?: string;
}

/*
 * Raw HTML is enabled on purpose: the rendered HTML is never shown, only
 * walked for text, and walking it drops <script>, <style>, <svg>… with
 * their content. With HTML disabled, markdown-it would escape such tags
 * into visible text, and "<script>…</script>" would land in the article.
 */
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });
// markdown-it leaves a `javascript:` link unlinked, as literal "[text](javascript:…)" text that would
// then land in the article. Since only link text is kept, every link may become a link.
markdown.validateLink = () => true;

/**
 * Markdown → an article: the first `# heading` is the title (else the first
 * paragraph); paragraphs, list items and quotes become paragraphs; inline
 * markup (links, emphasis, code) is reduced to its text.
 */
export function parseMarkdown(source: string, options: ParseMarkdownOptions = {}): ImportedArticle {
  const blocks = readInertDocument(markdown.render(source.replace(/^\uFEFF/, "")), undefined, (document) =>
    extractTextBlocks(document.body),
  );
  if (blocks.length === 0) throw new AppError("VALIDATION", "The Markdown file has no text in it.");
  const { title, paragraphs, warnings } = takeTitle(blocks, {
    given: options.title,
    isTitle: (block: TextBlock) => block.tag === "h1",
  });
  return {
    title,
    byline: null,
    dateline: null,
    publishedAt: null,
    sourceUrl: null,
    siteName: null,
    paragraphs,
    format: "markdown",
    warnings,
  };
}
