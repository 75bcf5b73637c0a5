import type { ReportClaim, ReportModel, ReportOptions } from "./report-model";
import { listReportedClaims } from "./report-sections";

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
  /** Start with a UTF-8 byte order mark so Excel reads non-ASCII text correctly (default false: plain RFC 4180). */
  byteOrderMark?: boolean;
}

export const CSV_HEADER = [
  "number",
  "status",
  "rating",
  "rating_value",
  "summary",
  "claimant",
  "statement",
  "quote",
  "source_urls",
  "claim_id",
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field from user text: defused against formulas, quoted when needed. */
export function toCsvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toRow(claim: ReportClaim): string[] {
  // Only an approved verdict is a finding; other rows leave rating and summary empty.
  const verdict = claim.status === "approved" ? claim.verdict : null;
  return [
    String(claim.number),
    toCsvField(claim.status),
    toCsvField(verdict?.rating.label ?? ""),
    verdict?.rating.value == null ? "" : String(verdict.rating.value),
    toCsvField(verdict?.summary ?? ""),
    toCsvField(claim.claimant ?? ""),
    toCsvField(claim.statement),
    toCsvField(claim.selector.exact),
    toCsvField((verdict?.sources ?? []).map((source) => source.url).join(" | ")),
    toCsvField(claim.id),
  ];
}

/** The report's claims as RFC 4180 CSV with a header row. */
export function renderReportCsv(model: ReportModel, options: CsvOptions = {}): string {
  const rows = [[...CSV_HEADER], ...listReportedClaims(model, options.includePending ?? true).map(toRow)];
  const csv = rows.map((row) => `${row.join(",")}\r\n`).join("");
  return options.byteOrderMark ? `\uFEFF${csv}` : csv;
}
