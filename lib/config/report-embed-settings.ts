/**
 * Who may put a published report in an iframe: REPORT_FRAME_ANCESTORS, a
 * space-separated CSP source list. Unset means any site ("*"): a published
 * report is public anyway, and embedding it in articles is what it is for.
 * A newsroom that wants only its own sites lists them, e.g.
 * "https://news.example https://*.news.example"; "'none'" forbids embedding.
 */
export const DEFAULT_REPORT_FRAME_ANCESTORS = ["*"] as const;

// A CSP host source with a scheme (wildcard subdomains and a port allowed), or a keyword.
const SOURCE = /^(\*|'self'|'none'|https?:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?)$/i;

/** The parsed list; throws with the variable's name when an entry is not a source CSP would accept. */
export function parseReportFrameAncestors(value: string | undefined): readonly string[] {
  const entries = (value ?? "").split(/\s+/).filter(Boolean);
  if (entries.length === 0) return DEFAULT_REPORT_FRAME_ANCESTORS;
  const bad = entries.find((entry) => !SOURCE.test(entry));
  if (bad !== undefined) {
    throw new Error(
      `Invalid REPORT_FRAME_ANCESTORS entry "${bad}": list origins such as https://news.example, or * or 'none'.`,
    );
  }
  if (entries.includes("'none'") && entries.length > 1) {
    throw new Error("Invalid REPORT_FRAME_ANCESTORS: 'none' cannot be combined with other entries.");
  }
  return entries;
}

let cached: readonly string[] | undefined;

/** REPORT_FRAME_ANCESTORS from process.env, read once. */
export function reportFrameAncestors(): readonly string[] {
  return (cached ??= parseReportFrameAncestors(process.env.REPORT_FRAME_ANCESTORS));
}
