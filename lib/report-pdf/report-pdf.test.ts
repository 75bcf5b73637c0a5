import { beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "@/scripts/lib/browser.mjs";
import { importedBasis } from "@/lib/report/fixtures/based-on-report";
import { copyDemoReport } from "@/lib/report/fixtures/demo-report";
import { renderReportHtml } from "@/lib/report/render-html";
import type { ReportModel } from "@/lib/report/report-model";
import { renderPdf } from "./render-pdf";
import { fontNames, openPdf, pageTexts, placedTexts, smallestPageShare } from "./testing/read-pdf";

/*
 * The PDF of a whole report, read back as a reader's PDF viewer would: its
 * text (search, copy, screen readers), its fonts and its tags. This machine
 * has no CJK or emoji system fonts, so the report's own fonts are what make
 * Chinese text and emoji survive.
 */

/** A Markdown table in a rationale: the PDF must lay it out in rows and columns. */
const TABLE = [
  "| Port year | Tonnes handled |",
  "| --- | --- |",
  "| Year 2023 | 41 million |",
  "| Year 2024 | 38 million |",
].join("\n");

/** The demo report with Chinese text and emoji in a claim, its rationale and the title; that verdict based on another fact-check. */
function multilingualReport(): ReportModel {
  const model = copyDemoReport();
  model.article.title = "朝鲜确认 North Korea confirms 🔥";
  const claim = model.claims.find((candidate) => candidate.verdict)!;
  claim.statement = `中文声明 ✅ ${claim.statement}`;
  claim.verdict!.rationale = `理由：中文资料 🔥 ${claim.verdict!.rationale}\n\n${TABLE}`;
  claim.verdict!.basedOn = { ...importedBasis };
  return model;
}

/** The demo report four times over, with rationales six times as long. */
function longReport(): ReportModel {
  const model = copyDemoReport();
  const claims = model.claims;
  model.claims = [0, 1, 2, 3].flatMap((round) =>
    claims.map((claim) => ({
      ...structuredClone(claim),
      id: `${claim.id}-${round}`,
      number: claim.number + round * claims.length,
    })),
  );
  for (const claim of model.claims)
    if (claim.verdict) claim.verdict.rationale = Array(6).fill(claim.verdict.rationale).join("\n\n");
  return model;
}

async function pdfOf(model: ReportModel): Promise<Uint8Array> {
  return renderPdf(renderReportHtml(model), `Fact check: ${model.article.title}`);
}

describe.skipIf(!findChromium())("the report's PDF", () => {
  let multilingual: Uint8Array;
  beforeAll(async () => {
    multilingual = await pdfOf(multilingualReport());
  }, 60_000);

  it("lays a rationale's table out as a table: each row's cells side by side, rows one under another", async () => {
    const placed = await placedTexts(await openPdf(multilingual));
    const at = (text: string) => {
      const found = placed.find((item) => item.text.trim() === text);
      expect(found, `"${text}" in the PDF`).toBeDefined();
      return found!;
    };
    const rows = [
      [at("Port year"), at("Tonnes handled")],
      [at("Year 2023"), at("41 million")],
      [at("Year 2024"), at("38 million")],
    ];
    for (const [label, value] of rows) {
      expect(value!.page).toBe(label!.page);
      expect(Math.abs(value!.y - label!.y)).toBeLessThan(2);
      expect(value!.x).toBeGreaterThan(label!.x + 20);
    }
    for (let row = 1; row < rows.length; row += 1) {
      const [above, below] = [rows[row - 1]![0]!, rows[row]![0]!];
      if (below.page === above.page) expect(below.y).toBeLessThan(above.y);
      expect(Math.abs(below.x - above.x)).toBeLessThan(2);
    }
  });

  it("keeps Chinese text and emoji of a claim and its rationale as text", async () => {
    const text = (await pageTexts(await openPdf(multilingual))).join("\n");
    expect(text).toContain("中文声明");
    expect(text).toContain("✅");
    expect(text).toContain("理由：中文资料");
    expect(text).toContain("🔥");
    expect(text).not.toContain("\u0000");
  });

  it("says what a verdict was based on", async () => {
    const text = (await pageTexts(await openPdf(multilingual))).join("\n").replace(/\s+/g, " ");
    // Print shows a link's address after it, so a reader of paper can follow it.
    expect(text).toContain(
      "Based on Other Checks's fact-check (https://checks.example/kursk-troops) (3 December 2024):",
    );
    expect(text).toContain(
      "Up to 12,000 North Korean troops were sent to fight in Kursk.” — rated Mostly true",
    );
  });

  it("prints a Chinese title in the running header of every page", async () => {
    const texts = await pageTexts(await openPdf(multilingual));
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) expect(text).toContain("Fact check: 朝鲜确认 North Korea confirms 🔥");
  });

  it("embeds the Noto fonts it is drawn with", async () => {
    const names = [...(await fontNames(await openPdf(multilingual)))];
    // Noto Sans SC is named after its variable font's first instance: NotoSansSCThin-Regular.
    for (const font of ["NotoSans-", "NotoSansSC", "NotoEmoji-"])
      expect(
        names.some((name) => name.includes(font)),
        `${font} in ${names.join(", ")}`,
      ).toBe(true);
  });

  it("draws no text, header and footer included, with a system font", async () => {
    const names = [...(await fontNames(await openPdf(multilingual)))];
    expect(names.filter((name) => !name.includes("+Noto"))).toEqual([]);
  });

  it("is tagged, for screen readers, and has an outline of its headings", async () => {
    const document = await openPdf(multilingual);
    expect(await document.getMarkInfo()).toMatchObject({ Marked: true });
    const tree = await (await document.getPage(1)).getStructTree();
    expect(tree?.children.length).toBeGreaterThan(0);
    type Outline = Awaited<ReturnType<typeof document.getOutline>>;
    const titles = (items: Outline): string[] =>
      (items ?? []).flatMap((item) => [item.title, ...titles(item.items)]);
    expect(titles(await document.getOutline())).toEqual(
      expect.arrayContaining(["朝鲜确认 North Korea confirms 🔥", "Checked claims", "Not yet checked"]),
    );
  });

  it.each([
    ["the demo report", copyDemoReport],
    ["a long report", longReport],
  ])(
    "leaves no page of %s nearly empty",
    async (_name, build) => {
      const texts = await pageTexts(await openPdf(await pdfOf(build())));
      expect(texts.length).toBeGreaterThan(2);
      expect(smallestPageShare(texts)).toBeGreaterThanOrEqual(0.25);
    },
    60_000,
  );
});
