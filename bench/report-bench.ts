import { describeSpan } from "@/lib/anchoring/text-quote";
import { summarizeArticle } from "@/lib/review/article-summary";
import type { ClaimStatus } from "@/lib/review/claim-status";
import { defaultRatings } from "@/lib/review/default-ratings";
import { renderClaimReviews } from "@/lib/report/render-claimreview";
import { renderReportCsv } from "@/lib/report/render-csv";
import { renderReportHtml } from "@/lib/report/render-html";
import { renderReportJson } from "@/lib/report/render-json";
import { renderReportMarkdown } from "@/lib/report/render-markdown-report";
import { renderW3cAnnotations } from "@/lib/report/render-w3c";
import {
  REPORT_SCHEMA_VERSION,
  type ReportClaim,
  type ReportModel,
  type ReportSource,
} from "@/lib/report/report-model";
import { buildClaims, buildCorpus } from "./corpus";
import { measure, ms } from "./measure";

/*
 * Report exporters on a large article: the benchmark corpus with 1,000
 * claims, most approved with two sources and a Markdown rationale. Each
 * format renders the whole report; PDF is measured elsewhere (it is
 * Chromium's time, not ours). JSON includes JSON.stringify, as served.
 */

const RUNS = 20;
const WARMUPS = 3;

function sourcesFor(i: number): ReportSource[] {
  return [
    {
      url: `https://www.example.org/evidence/${i}?ref=a&lang=en`,
      title: `Ministry statement, part ${i}`,
      publisher: "Republic of Korea Ministry of National Defense",
      excerpt: `About ${1000 + i} troops, "according to officials".`,
      accessedAt: "2025-04-29",
      archiveUrl: `https://web.archive.org/web/2025/https://www.example.org/evidence/${i}`,
    },
    {
      url: `https://news.example.com/2025/04/${i}`,
      title: `Analysis #${i}: what the numbers say`,
      publisher: "Institute for the Study of War",
      excerpt: null,
      accessedAt: "2025-04-30",
      archiveUrl: null,
    },
  ];
}

function statusFor(i: number): ClaimStatus {
  if (i % 17 === 0) return "dismissed";
  if (i % 10 === 0) return "needs_verdict";
  if (i % 13 === 0) return "in_review";
  return "approved";
}

/** The benchmark corpus as a report model: 1,000 claims, about 78% approved. */
export function buildBenchReport(): ReportModel {
  const text = buildCorpus();
  const spans = buildClaims(text).sort((a, b) => a.start - b.start || b.end - a.end);
  const claims: ReportClaim[] = spans.map((span, i) => {
    const status = statusFor(i);
    const rating = defaultRatings[i % defaultRatings.length] ?? defaultRatings[0];
    if (rating === undefined) throw new Error("No ratings.");
    return {
      id: span.id,
      number: i + 1,
      status,
      anchored: true,
      selector: describeSpan(text, span.start, span.end),
      statement: `Claim ${i + 1}: ${text.slice(span.start, span.end)}`,
      claimant: i % 5 === 0 ? null : "North Korea's Central Military Commission",
      type: "statistic",
      createdAt: "2025-04-28T10:00:00.000Z",
      createdBy: "Eddie Editor",
      verdict:
        status === "approved"
          ? {
              id: `v${i}`,
              version: 1,
              rating: { ...rating },
              summary: `Estimates ranged from ${i} to ${i + 2},000 troops, "per officials".`,
              rationale: `The **ministry** said so on [its site](https://www.example.org/${i}).\n\n- first point\n- second point with _emphasis_\n\nSee also the ISW assessment.`,
              sources: sourcesFor(i),
              author: "Rosa Reviewer",
              reviews: [
                {
                  reviewer: "Rui Reviewer",
                  decision: "approve",
                  at: "2025-04-29T10:00:00.000Z",
                  comment: null,
                },
              ],
              approvedAt: "2025-04-29T10:00:00.000Z",
            }
          : null,
      pendingVerdicts: [],
    };
  });
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: "2025-04-30T12:00:00.000Z",
    publication: { version: 1, publishedAt: "2025-04-30T10:00:00.000Z" },
    organization: { name: "Fact-check desk", url: "https://factcheck.example.org" },
    reportUrl: "https://factcheck.example.org/public/reports/bench",
    article: {
      id: "bench",
      title: "North Korea confirms its troops are fighting for Russia in war against Ukraine",
      byline: "Paul Godfrey",
      dateline: "Washington DC (UPI) Apr 28, 2025",
      publishedAt: "2025-04-28",
      sourceUrl: "https://www.upi.com/Top_News/World-News/2025/04/28/bench/",
      revision: 1,
      text,
    },
    summary: summarizeArticle(
      claims.map((claim) => ({ status: claim.status, ratingKey: claim.verdict?.rating.key })),
    ),
    ratings: defaultRatings.map((rating) => ({ ...rating })),
    claims,
  };
}

/** Median and p95 time of each export format on the 1,000-claim report, printed like the other benches. */
export function benchmarkReportExports(): void {
  const model = buildBenchReport();
  const approved = model.claims.filter((claim) => claim.status === "approved").length;
  const formats: Array<[string, () => unknown]> = [
    ["html", () => renderReportHtml(model)],
    ["markdown", () => renderReportMarkdown(model)],
    ["json", () => JSON.stringify(renderReportJson(model))],
    ["csv", () => renderReportCsv(model)],
    ["claimreview", () => renderClaimReviews(model)],
    ["w3c", () => renderW3cAnnotations(model, { baseUrl: "https://factcheck.example.org" })],
  ];
  console.log(
    `\nReport exports, ${model.claims.length.toLocaleString("en")} claims (${approved} approved, 2 sources each):`,
  );
  for (const [name, render] of formats) {
    const { median, p95 } = measure(() => void render(), RUNS, WARMUPS);
    console.log(`  ${name.padEnd(12)} median ${ms(median)}, p95 ${ms(p95)}`);
  }
}
