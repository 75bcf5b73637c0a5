import { getDocument, OPS, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";

/*
 * TEST HELPER. Reads a PDF back with pdfjs (the legacy build runs in Node):
 * the text a reader would extract or search, the fonts it is drawn with and
 * its accessibility tags.
 */

export function openPdf(pdf: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
}

/** Each page's extracted text, in page order. */
export async function pageTexts(document: PDFDocumentProxy): Promise<string[]> {
  const texts: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    texts.push(content.items.map((item) => ("str" in item ? item.str : "")).join(""));
  }
  return texts;
}

export interface PlacedText {
  text: string;
  page: number;
  /** Where the run starts, in PDF points from the page's bottom left. */
  x: number;
  y: number;
}

/** Every text run with its page and position, to check layout (a table's rows and columns). */
export async function placedTexts(document: PDFDocumentProxy): Promise<PlacedText[]> {
  const placed: PlacedText[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    for (const item of content.items) {
      if (!("str" in item) || item.str.trim() === "") continue;
      placed.push({ text: item.str, page: number, x: item.transform[4], y: item.transform[5] });
    }
  }
  return placed;
}

/** The names of the fonts text is drawn with, over all pages ("BAAAAA+NotoSans-Regular"). */
export async function fontNames(document: PDFDocumentProxy): Promise<Set<string>> {
  const names = new Set<string>();
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const operators = await page.getOperatorList();
    operators.fnArray.forEach((operator, index) => {
      if (operator !== OPS.setFont) return;
      const font = page.commonObjs.get(String(operators.argsArray[index][0])) as { name?: string };
      if (font.name) names.add(font.name);
    });
  }
  return names;
}

/**
 * The smallest page's text as a share of the average page's, leaving out
 * the last page (which may be short). 1 for a one-page PDF.
 */
export function smallestPageShare(texts: readonly string[]): number {
  if (texts.length < 2) return 1;
  const average = texts.reduce((sum, text) => sum + text.length, 0) / texts.length;
  return Math.min(...texts.slice(0, -1).map((text) => text.length)) / average;
}
