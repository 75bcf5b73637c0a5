import { markdownToText } from "../markdown/render-markdown";
import { toSafeHref } from "./escape";
import type { ReportClaim, ReportModel, ReportOptions } from "./report-model";
import { listReportedClaims } from "./report-sections";
import { basisHref } from "./verdict-basis";

/*
 * The report as CSV (RFC 4180): one row per claim the report lists (never
 * dismissed ones), CRLF line endings, fields quoted when they hold a comma,
 * a double quote, CR or LF, with embedded quotes doubled.
 *
 * Spreadsheets run a cell that starts with = + - @ (or a tab or CR, which
 * some strip before looking) as a formula, so a claim reading
 * `=HYPERLINK("https://evil.example", "Click")` would become a live link or
 * worse when a colleague opens the file (CSV injection). Such text fields get
 * a leading single quote, the mark spreadsheets themselves use for "this
 * is text"; numbers we write ourselves are left alone.
 */

export interface CsvOptions extends ReportOptions {
  /** Start with a UTF-8 byte order mark so Excel reads non-ASCII text correctly (default false: plain RFC 4180; the app's download button asks for it). */
  byteOrderMark?: boolean;
}

/**
 * The columns, in order (new ones go last, so scripts reading columns by
 * position keep working). Lists (sources, approvers) are joined with " | ".
 * based_on_* name the earlier fact-check the verdict was started from.
 */
export const CSV_HEADER = [
  "number",
  "claim_id",
  "quote",
  "statement",
  "claimant",
  "type",
  "status",
  "rating",
  "rating_value",
  "summary",
  "rationale",
  "source_titles",
  "source_urls",
  "approved_by",
  "approved_at",
  "claim_url",
  "based_on_url",
  "based_on_publisher",
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field from user text: defused against formulas, quoted when needed. */
export function toCsvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const list = (values: string[]) => values.join(" | ");

function toRow(claim: ReportClaim, reportUrl: string | null): string[] {
  // Only an approved verdict is a finding; other rows leave the verdict's columns empty.
  const verdict = claim.status === "approved" ? claim.verdict : null;
  const sources = verdict?.sources ?? [];
  const approvers = (verdict?.reviews ?? []).flatMap((review) =>
    review.decision === "approve" && review.reviewer ? [review.reviewer] : [],
  );
  const row: Record<(typeof CSV_HEADER)[number], string> = {
    number: String(claim.number),
    claim_id: claim.id,
    quote: claim.selector.exact,
    statement: claim.statement,
    claimant: claim.claimant ?? "",
    type: claim.type,
    status: claim.status,
    rating: verdict?.rating.label ?? "",
    rating_value: verdict?.rating.value == null ? "" : String(verdict.rating.value),
    summary: verdict?.summary ?? "",
    rationale: verdict ? markdownToText(verdict.rationale) : "",
    source_titles: list(sources.map((source) => source.title || source.url)),
    source_urls: list(sources.map((source) => source.url)),
    approved_by: list(approvers),
    approved_at: verdict?.approvedAt ?? "",
    claim_url: reportUrl && verdict ? `${reportUrl}#claim-${claim.number}` : "",
    based_on_url: basisHref(verdict?.basedOn?.url ?? null, reportUrl) ?? "",
    based_on_publisher: verdict?.basedOn?.publisher ?? "",
  };
  // Numbers we write ourselves (number, rating_value) are safe; everything else is defused.
  return CSV_HEADER.map((column) =>
    column === "number" || column === "rating_value" ? row[column] : toCsvField(row[column]),
  );
}

/** The report's claims as RFC 4180 CSV with a header row. */
export function renderReportCsv(model: ReportModel, options: CsvOptions = {}): string {
  const reportUrl = toSafeHref(model.reportUrl)?.split("#")[0] ?? null;
  const claims = listReportedClaims(model, options.includePending ?? true);
  const rows = [[...CSV_HEADER], ...claims.map((claim) => toRow(claim, reportUrl))];
  const csv = rows.map((row) => `${row.join(",")}\r\n`).join("");
  return options.byteOrderMark ? `\uFEFF${csv}` : csv;
}
