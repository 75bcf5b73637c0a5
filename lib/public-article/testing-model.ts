import { describeSpan } from "../anchoring/text-quote";
import { toCanonicalText } from "../article/canonical-text";
import { copyDemoReport } from "../report/fixtures/demo-report";
import type { ReportClaim, ReportModel } from "../report/report-model";

/*
 * TEST FIXTURE. A short article on the demo report's settings and ratings,
 * with claims placed by quote: an approved claim, one overlapping it, one
 * nested in it, a pending one and an approved one whose place was lost.
 */

export const TEST_PARAGRAPHS = [
  "The bridge cost 40 million euros and opened in 2019, the city said.",
  "Traffic fell by half within a year. Residents were pleased.",
];

const text = toCanonicalText(TEST_PARAGRAPHS);

function spanOf(quote: string, from = 0): ReportClaim["selector"] {
  const start = text.indexOf(quote, from);
  if (start === -1) throw new Error(`Fixture quote not in the text: ${quote}`);
  return describeSpan(text, start, start + quote.length);
}

/** The demo report turned into the small article above; claims 1, 2, 3 and 5 are checked (2 is False), 4 is pending. */
export function buildTestArticleReport(): ReportModel {
  const model = copyDemoReport();
  const [approved, secondApproved] = model.claims.filter((claim) => claim.verdict !== null);
  const pending = model.claims.find((claim) => claim.status === "in_review")!;
  const claim = (base: ReportClaim, number: number, quote: string, anchored = true): ReportClaim => ({
    ...structuredClone(base),
    id: `clm-${number}`,
    number,
    anchored,
    selector: spanOf(quote),
    statement: `Statement ${number}`,
  });
  const withRating = (checked: ReportClaim, key: string): ReportClaim => {
    checked.verdict!.rating = { ...model.ratings.find((rating) => rating.key === key)! };
    return checked;
  };
  model.article = { ...model.article, id: "art-bridge", title: "The bridge", text };
  model.reportUrl = "https://factcheck.example.org/public/reports/art-bridge";
  model.claims = [
    claim(approved!, 1, "The bridge cost 40 million euros"),
    withRating(claim(secondApproved!, 2, "40 million euros and opened in 2019"), "false"),
    claim(approved!, 3, "million"),
    claim(pending, 4, "Traffic fell by half within a year"),
    claim(secondApproved!, 5, "Residents were pleased", false),
  ];
  return model;
}

/**
 * The page with every attribute value emptied, so a check for injected
 * markup (`<img`, `onerror=`) cannot be fooled by the same words escaped
 * inside an attribute, where they are harmless text.
 */
export function markupOf(html: string): string {
  return html.replace(/"[^"]*"/g, `""`);
}

/** Injected markup, active attributes or unsafe links in a page; empty when there are none. */
export function findInjections(html: string): string[] {
  const markup =
    markupOf(html).match(/<img|<script(?! type="")|<[a-z][^>]*\son[a-z]+=|<(?:iframe|object|embed)/gi) ?? [];
  const links = html.match(/(?:href|src|content)="\s*(?:javascript|data|vbscript):/gi) ?? [];
  return [...markup, ...links];
}
