import type { BrowserContext } from "playwright-core";
import { findChromium, missingBrowserMessage } from "@/scripts/lib/browser.mjs";
import { AppError } from "@/lib/errors/app-error";
import { footerTemplate, headerTemplate, loadTemplateFonts } from "./page-templates";
import { withSharedBrowser } from "./shared-browser";

/** A PDF that takes longer than this is abandoned: the request fails instead of hanging. */
const PDF_TIMEOUT_MS = 30_000;

/**
 * Renders a self-contained HTML report to PDF with Chromium, driven by
 * Playwright: A4, a running header with the title, page numbers in the
 * footer (page-templates.ts), tagged (headings, lists and tables reach
 * screen readers) and with an outline of its headings, printed once its
 * fonts are loaded. Uses the same browser setting as the tests
 * (CHROMIUM_PATH or the usual install paths), one per process
 * (shared-browser.ts), with a fresh context for each report. The page can
 * make no network requests: any attempt is aborted, so a report can never
 * fetch anything or stall on it.
 */
export async function renderPdf(html: string, title: string): Promise<Buffer> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new AppError("UNAVAILABLE", `PDF export is not available on this server. ${missingBrowserMessage}`);
  let context: BrowserContext | undefined;
  let timer: NodeJS.Timeout | undefined;
  const work = withSharedBrowser(executablePath, PDF_TIMEOUT_MS, async (browser) => {
    context = await browser.newContext();
    const page = await context.newPage();
    await page.route("**/*", (route) =>
      route.request().url().startsWith("data:") ? route.continue() : route.abort(),
    );
    await page.setContent(html, { waitUntil: "load", timeout: PDF_TIMEOUT_MS });
    await loadTemplateFonts(page, title);
    return page.pdf({
      format: "A4",
      printBackground: true,
      margin: { top: "22mm", bottom: "18mm", left: "16mm", right: "16mm" },
      displayHeaderFooter: true,
      headerTemplate: headerTemplate(title),
      footerTemplate: footerTemplate(),
      tagged: true,
      outline: true,
    });
  });
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new AppError(
            "UNAVAILABLE",
            "Rendering the PDF took too long. Try again, or download the HTML report.",
          ),
        ),
      PDF_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      "UNAVAILABLE",
      `Chromium could not render the PDF (${error instanceof Error ? error.message.split("\n")[0] : "unknown error"}).`,
    );
  } finally {
    clearTimeout(timer);
    await context?.close().catch(() => undefined);
  }
}
