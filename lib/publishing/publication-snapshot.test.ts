import { describe, expect, it } from "vitest";
import { renderAnnotatedArticleHtml } from "../public-article/render-annotated-article";
import { renderPublicReportHtml } from "../public-article/render-public-report";
import { copyDemoReport } from "../report/fixtures/demo-report";
import { sortClaimsIntoSections } from "../report/report-sections";
import { correctionsOf, toPublicationSnapshot } from "./publication-snapshot";

const pendingStatements = () =>
  sortClaimsIntoSections(copyDemoReport()).notYetChecked.map((c) => c.statement);
const snapshot = (includePending: boolean, correction: string | null = null) =>
  toPublicationSnapshot(copyDemoReport(), { includePending, correction }, []);

describe("toPublicationSnapshot", () => {
  it("leaves the claims not yet checked out of the snapshot and its public pages unless asked", () => {
    expect(pendingStatements().length).toBeGreaterThan(0);
    const without = snapshot(false);
    expect(without.publication?.includesPending).toBe(false);
    expect(sortClaimsIntoSections(without).notYetChecked).toEqual([]);
    expect(sortClaimsIntoSections(without).checked).toEqual(sortClaimsIntoSections(copyDemoReport()).checked);
    for (const html of [
      renderPublicReportHtml(without),
      renderAnnotatedArticleHtml(without, { reportPath: "/r" }),
    ]) {
      expect(html).not.toContain("Not yet checked");
      for (const statement of pendingStatements()) expect(html).not.toContain(statement);
    }
  });

  it("keeps them, listed as not yet checked, when asked", () => {
    const withPending = snapshot(true);
    expect(withPending.publication?.includesPending).toBe(true);
    const html = renderPublicReportHtml(withPending);
    expect(html).toContain("Not yet checked");
    expect(renderAnnotatedArticleHtml(withPending, { reportPath: "/r" })).toContain("Not yet checked");
  });

  it("a snapshot from before the choice existed still lists them, as it always did", () => {
    const old = copyDemoReport();
    expect(old.publication).not.toHaveProperty("includesPending");
    expect(renderPublicReportHtml(old)).toContain("Not yet checked");
    expect(renderPublicReportHtml(old)).not.toContain("Corrected on");
  });

  it("dates the snapshot at its publication, so its preview and its page agree", () => {
    expect(snapshot(false).generatedAt).toBe(copyDemoReport().publication?.publishedAt);
  });

  it("accumulates corrections, each at its version's publication time", () => {
    const first = { at: "2025-04-20T08:00:00.000Z", note: "An earlier fix." };
    const second = toPublicationSnapshot(copyDemoReport(), { includePending: false, correction: "Fixed." }, [
      first,
    ]);
    expect(second.publication?.corrections).toEqual([
      first,
      { at: "2025-04-30T10:00:00.000Z", note: "Fixed." },
    ]);
    // Republishing without a note keeps the earlier ones.
    const third = toPublicationSnapshot(copyDemoReport(), { includePending: false, correction: null }, [
      first,
    ]);
    expect(third.publication?.corrections).toEqual([first]);
    expect(correctionsOf(JSON.stringify(second))).toEqual(second.publication?.corrections);
    expect(correctionsOf(JSON.stringify(copyDemoReport()))).toEqual([]);
    expect(correctionsOf(null)).toEqual([]);
  });
});
