import { findChromium } from "@/scripts/lib/browser.mjs";
import { renderPdf } from "@/lib/report-pdf/render-pdf";
import { renderReportHtml } from "@/lib/report/render-html";
import { ms } from "./measure";
import { buildBenchReport } from "./report-bench";

/**
 * PDF export of the 1,000-claim report: Chromium launch, layout and print
 * included, as a download costs. Skipped (with a note) without a browser.
 */
export async function benchmarkPdfExport(runs = 3): Promise<void> {
  if (!findChromium()) {
    console.log("\nReport export, pdf: skipped (no Chromium found; set CHROMIUM_PATH)");
    return;
  }
  const model = buildBenchReport();
  const html = renderReportHtml(model);
  const times: number[] = [];
  let pages = 0;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const pdf = await renderPdf(html, model.article.title);
    times.push(performance.now() - started);
    pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  }
  times.sort((a, b) => a - b);
  console.log(
    `\nReport export, pdf (1,000 claims, ${pages} pages): median ${ms(times[Math.floor(runs / 2)] ?? 0)} over ${runs} runs`,
  );
}
