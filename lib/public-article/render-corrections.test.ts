import { describe, expect, it } from "vitest";
import { copyDemoReport } from "../report/fixtures/demo-report";
import { HOSTILE_TEXT } from "../report/fixtures/hostile-report";
import { renderAnnotatedArticleHtml } from "./render-annotated-article";
import { renderCorrectionsHtml } from "./render-corrections";
import { renderPublicReportHtml } from "./render-public-report";

function corrected(notes: Array<{ at: string; note: string }>) {
  const model = copyDemoReport();
  model.publication = { ...model.publication!, corrections: notes };
  return model;
}

describe("renderCorrectionsHtml", () => {
  it("says nothing without corrections", () => {
    expect(renderCorrectionsHtml(copyDemoReport())).toBe("");
    expect(renderCorrectionsHtml({ publication: null })).toBe("");
  });

  it("dates each correction, newest first, near the top of both public pages", () => {
    const model = corrected([
      { at: "2025-04-29T10:00:00.000Z", note: "The figure was 5,000, not 50,000." },
      { at: "2025-04-30T10:00:00.000Z", note: "Added the ministry's source." },
    ]);
    const html = renderCorrectionsHtml(model);
    const newer = html.indexOf("Corrected on 30 April 2025:</strong> Added the ministry&#39;s source.");
    const older = html.indexOf("Corrected on 29 April 2025:</strong> The figure was 5,000, not 50,000.");
    expect(newer).toBeGreaterThan(-1);
    expect(older).toBeGreaterThan(newer);
    for (const page of [
      renderPublicReportHtml(model),
      renderAnnotatedArticleHtml(model, { reportPath: "/r" }),
    ]) {
      const at = page.indexOf("Corrected on 30 April 2025");
      expect(at).toBeGreaterThan(-1);
      expect(at).toBeLessThan(page.indexOf("<h1"));
    }
  });

  it("shows a hostile note as text: escaped, not Markdown", () => {
    const html = renderCorrectionsHtml(corrected([{ at: "2025-04-30T10:00:00.000Z", note: HOSTILE_TEXT }]));
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<strong>bold");
    expect(html).toContain("&lt;img src=x onerror=");
    expect(html).toContain("**bold**");
  });
});
