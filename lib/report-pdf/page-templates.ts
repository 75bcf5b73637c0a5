import type { Page } from "playwright-core";
import { escapeHtml } from "@/lib/report/escape";
import { fontFaceCss, reportFontStack } from "@/lib/report-fonts/report-font-css";

/*
 * The PDF's running header (the title) and footer (page numbers). Chromium
 * renders each as a document of its own that sees none of the report's
 * fonts, so each embeds the faces its text needs (a Chinese title would
 * otherwise print as boxes). It draws them only if they are already loaded,
 * and does not wait for them: loadTemplateFonts loads the same faces (same
 * data: URLs) into the report's page before it is printed.
 */

const TEMPLATE_STYLE = "font-size:8px;width:100%;padding:0 16mm;color:#555";

/** Every character the footer prints. */
const FOOTER_TEXT = "Page 0123456789 of";

function templateFontCss(text: string): string {
  return `${fontFaceCss(text, 400)}\n.fc-pdf-template { font-family: ${reportFontStack}; }`;
}

export function headerTemplate(title: string): string {
  return `<style>${templateFontCss(title)}</style><div class="fc-pdf-template" style="${TEMPLATE_STYLE}">${escapeHtml(title)}</div>`;
}

export function footerTemplate(): string {
  return `<style>${templateFontCss(FOOTER_TEXT)}</style><div class="fc-pdf-template" style="${TEMPLATE_STYLE};text-align:right">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;
}

/** Loads the header's and footer's fonts into the page, then waits for every font it uses. */
export async function loadTemplateFonts(page: Page, title: string): Promise<void> {
  const text = `${title} ${FOOTER_TEXT}`;
  await page.addStyleTag({ content: fontFaceCss(text, 400) });
  await page.evaluate(
    async ({ font, characters }) => {
      // A page whose policy forbids data: fonts fails the load: it prints with fallback fonts.
      await document.fonts.load(font, characters).catch(() => undefined);
      await document.fonts.ready;
    },
    { font: `400 8px ${reportFontStack}`, characters: text },
  );
}
