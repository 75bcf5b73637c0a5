import { build } from "esbuild";
import { chromium } from "@playwright/test";
import { chromiumArgs, findChromium } from "@/scripts/lib/browser.mjs";
import { paragraphRanges } from "@/lib/article/canonical-text";
import { groupSegmentsByParagraph, segmentHighlights } from "@/lib/anchoring/segment-highlights";
import { layoutMarginCards, type MarginCard } from "@/lib/margin-layout/layout-margin-cards";
import { buildClaims, buildCorpus } from "./corpus";
import { measure, ms } from "./measure";

/*
 * The article page's margin column with 1,000 claims (issue 15): the pure
 * card layout in Node, with highlight segmentation (what the page already
 * does for the same claims) as the same-run reference; then, in Chromium, a
 * relayout of a 1,000-claim page with the margin column (browser layout plus
 * components/article/place-margin-cards.ts, bundled as the page runs it)
 * against the same page as a plain list.
 */

const us = (value: number) => `${(value * 1000).toFixed(1)} µs`;
const LINE = 29;
const CHARS_PER_LINE = 90;

/** Desired tops as the page would measure them: offsets to lines, cards of varied height. */
function benchCards(text: string, claims: ReturnType<typeof buildClaims>): MarginCard[] {
  return [...claims]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((claim, i) => ({
      desiredTop: Math.floor(claim.start / CHARS_PER_LINE) * LINE,
      height: 90 + (i % 4) * 24,
    }));
}

export async function benchmarkDesk(): Promise<void> {
  const text = buildCorpus();
  const claims = buildClaims(text);
  const cards = benchCards(text, claims);
  const segmentation = measure(() => {
    const { segments } = segmentHighlights(text.length, claims);
    groupSegmentsByParagraph(segments, paragraphRanges(text));
  });
  const plain = measure(() => layoutMarginCards(cards), 200, 20);
  const selected = measure(() => layoutMarginCards(cards, { selectedIndex: 500 }), 200, 20);
  console.log(
    `\nMargin cards, ${cards.length.toLocaleString("en")} claims (reference: segmentation ${ms(segmentation.median)}):`,
  );
  for (const [label, result] of [
    ["layout, nothing selected", plain],
    ["layout, card 500 selected", selected],
  ] as const) {
    console.log(
      `  ${label}: median ${us(result.median)}, p95 ${us(result.p95)} (${(result.median / segmentation.median).toFixed(3)}× segmentation)`,
    );
  }
  await benchmarkMarginInChromium(text, claims);
}

/** A static copy of the article page's markup: paragraphs with marks and badges, and one card per claim. */
function pageHtml(text: string, claims: ReturnType<typeof buildClaims>, layout: "margin" | "list"): string {
  const { segments } = segmentHighlights(text.length, claims);
  const seen = new Set<string>();
  const escape = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const paragraphs = groupSegmentsByParagraph(segments, paragraphRanges(text)).map((paragraph) => {
    const inner = paragraph.segments.map((segment) => {
      const slice = escape(text.slice(segment.start, segment.end));
      if (segment.claimIds.length === 0) return `<span>${slice}</span>`;
      const starts = segment.claimIds.filter((id) => !seen.has(id));
      for (const id of starts) seen.add(id);
      const badges = starts.map(() => `<span class="badge"></span>`).join("");
      return `<mark data-claim-ids="${segment.claimIds.join(" ")}"${starts.length ? ` data-claim-starts="${starts.join(" ")}"` : ""}>${badges}${slice}</mark>`;
    });
    return `<p data-start="${paragraph.start}">${inner.join("")}</p>`;
  });
  const ordered = [...claims].sort((a, b) => a.start - b.start || b.end - a.end);
  const items = ordered.map(
    (claim, i) =>
      `<li data-card-for="${claim.id}"><button><span>#${i + 1} In review</span><span class="words">${escape(text.slice(claim.start, claim.end))}</span><span>Unassigned · 0 comments</span></button></li>`,
  );
  return `<!doctype html><style>
    body { margin: 0; font: 18px/1.625 serif; }
    main { display: grid; grid-template-columns: 800px 384px; gap: 32px; }
    #text { counter-reset: n; } p { margin: 0 0 20px; }
    .badge { counter-increment: n; font: 600 10px sans-serif; vertical-align: super; }
    .badge::before { content: counter(n); }
    ol { margin: 0; padding: 0; list-style: none; font: 14px/1.4 sans-serif; }
    ol.margin { position: relative; overflow: clip; } ol.margin > li { position: absolute; inset-inline: 8px; top: 0; }
    ol.list > li { margin-bottom: 8px; }
    button { display: block; width: 100%; text-align: left; padding: 12px; }
    button span { display: block; } .words { font-weight: 500; }
  </style><main><div id="text">${paragraphs.join("")}</div><aside><ol id="list" class="${layout}">${items.join("")}</ol></aside></main>`;
}

async function bundlePlacement(): Promise<string> {
  const result = await build({
    entryPoints: ["components/article/place-margin-cards.ts"],
    bundle: true,
    format: "iife",
    globalName: "desk",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

async function benchmarkMarginInChromium(
  text: string,
  claims: ReturnType<typeof buildClaims>,
): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log("  Chromium: skipped (no Chromium found; set CHROMIUM_PATH)");
    return;
  }
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const script = await bundlePlacement();
    const results: Record<string, { median: number; p95: number }> = {};
    for (const layout of ["list", "margin"] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.setContent(pageHtml(text, claims, layout));
      // tsx names the functions it compiles with a helper the page lacks: give it one.
      await page.addScriptTag({ content: `var __name = (fn) => fn;\n${script}` });
      const timings = await page.evaluate((isMargin) => {
        const desk = (
          window as unknown as { desk: typeof import("../components/article/place-margin-cards") }
        ).desk;
        const list = document.getElementById("list")!;
        const article = document.getElementById("text")!;
        const grid = document.querySelector("main")!;
        const place = (selected: string | null) => {
          if (isMargin) desk.placeMarginCards(list, article, selected);
          void document.body.offsetHeight; // the layout the writes cause, inside the timing
        };
        const time = (fn: (i: number) => void, runs = 30, warmups = 5) => {
          for (let i = 0; i < warmups; i += 1) fn(i);
          const times: number[] = [];
          for (let i = 0; i < runs; i += 1) {
            const started = performance.now();
            fn(i);
            times.push(performance.now() - started);
          }
          times.sort((a, b) => a - b);
          return { median: times[Math.floor(runs / 2)]!, p95: times[Math.floor(runs * 0.95)]! };
        };
        place(null);
        const ids = [...list.querySelectorAll("li")].map((li) => li.getAttribute("data-card-for"));
        return {
          // A resize: the text and cards reflow, then (margin) the cards are placed again.
          relayout: time((i) => {
            grid.style.gridTemplateColumns = `${800 - (i % 2) * 40}px 384px`;
            place(null);
          }),
          // A selection: only the cards move (list: nothing to do).
          select: time((i) => place(ids[400 + (i % 200)] ?? null)),
        };
      }, layout === "margin");
      results[`${layout} relayout`] = timings.relayout;
      results[`${layout} select`] = timings.select;
      await page.close();
    }
    const list = results["list relayout"]!;
    const margin = results["margin relayout"]!;
    console.log(
      `  Chromium, resize relayout of the 1,000-claim page: list median ${ms(list.median)} (p95 ${ms(list.p95)}), ` +
        `margin median ${ms(margin.median)} (p95 ${ms(margin.p95)}): ${(margin.median / list.median).toFixed(2)}× the list`,
    );
    const select = results["margin select"]!;
    console.log(
      `  Chromium, placing the cards for a new selection (read pass + write pass + layout): median ${ms(select.median)}, p95 ${ms(select.p95)}`,
    );
  } finally {
    await browser.close();
  }
}
