import { stringify } from "yaml";
import { hostOf } from "../article/format";
import { escapeMarkdown, markdownLink, quoteMarkdownBlock } from "./escape-markdown";
import { toSafeHref } from "./escape";
import { formatDay, formatTimestamp, reportDateOf } from "./report-dates";
import { statusLabelOf } from "./report-labels";
import type { ReportClaim, ReportModel, ReportOptions, ReportSource, ReportVerdict } from "./report-model";
import { countRatings, sortClaimsIntoSections, type CheckedClaim } from "./report-sections";
import { claimInContext } from "./sentence-context";
import { wordBasis } from "./verdict-basis";

/*
 * The report as Markdown, for newsletters, CMS imports and plain-text
 * reading. Same content and order as the HTML report. User text goes
 * through escapeMarkdown; rationales keep their Markdown inside a fenced-in
 * blockquote (see quoteMarkdownBlock). With `frontMatter`, a YAML block
 * comes first for static-site generators and CMS imports; the `yaml`
 * package writes it, so a title with a colon, quotes, `---` or a line
 * break is quoted or block-indented instead of breaking the block.
 */

export interface MarkdownReportOptions extends ReportOptions {
  /** Start with a YAML front-matter block (default false). */
  frontMatter?: boolean;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function renderHeader(model: ReportModel): string[] {
  const { article, organization, publication } = model;
  const about: string[] = [];
  if (article.byline) about.push(`by ${escapeMarkdown(article.byline)}`);
  if (article.dateline) about.push(escapeMarkdown(article.dateline));
  if (article.publishedAt) about.push(`published ${formatDay(article.publishedAt)}`);
  const report = publication
    ? `Published ${formatDay(reportDateOf(model))} (version ${publication.version})`
    : `Generated ${formatTimestamp(model.generatedAt)}; not published`;
  const lines = [
    `# Fact check: ${escapeMarkdown(article.title)}`,
    "",
    `Fact-check report by ${markdownLink(organization.url, organization.name)}`,
    "",
  ];
  if (about.length > 0) lines.push(`- **Article:** ${about.join(" · ")}`);
  if (toSafeHref(article.sourceUrl) !== null) {
    lines.push(
      `- **Source:** ${markdownLink(article.sourceUrl, hostOf(article.sourceUrl) ?? "the article")}`,
    );
  }
  lines.push(`- **Report:** ${report}`);
  if (publication && toSafeHref(model.reportUrl) !== null)
    lines.push(`- **Published at:** ${markdownLink(model.reportUrl, model.reportUrl ?? "")}`);
  lines.push(`- **Text checked:** revision ${article.revision}`, "");
  return lines;
}

function renderSummary(model: ReportModel, checked: number, pending: number): string[] {
  const dismissed = model.claims.filter((claim) => claim.status === "dismissed").length;
  let sentence = `**${checked} of ${plural(checked + pending, "claim", "claims")} checked.**`;
  if (pending > 0) sentence += ` ${plural(pending, "claim is", "claims are")} still being checked.`;
  if (dismissed > 0) {
    sentence += ` ${plural(dismissed, "claim was", "claims were")} set aside as not checkable and ${dismissed === 1 ? "is" : "are"} not listed.`;
  }
  return [
    "## Summary",
    "",
    sentence,
    "",
    "| Rating | Claims | Meaning |",
    "| --- | --: | --- |",
    ...countRatings(model).map(
      ({ rating, count }) =>
        `| ${escapeMarkdown(rating.label)} (${escapeMarkdown(rating.shortCode)}) | ${count} | ${escapeMarkdown(rating.definition)} |`,
    ),
    "",
  ];
}

/** The quote in its sentence as a blockquote, the quote itself in bold. */
function renderQuote(text: string, claim: ReportClaim): string[] {
  const { before, quote, after } = claimInContext(text, claim);
  const lines = [`> ${escapeMarkdown(before)}**${escapeMarkdown(quote)}**${escapeMarkdown(after)}`, ""];
  if (!claim.anchored)
    lines.push("_The article text around this quote has changed since the claim was marked._", "");
  return lines;
}

function renderSource(source: ReportSource, index: number): string[] {
  let line = `${index + 1}. ${markdownLink(source.url, source.title || source.url)}`;
  if (source.publisher) line += `, ${escapeMarkdown(source.publisher)}`;
  line += source.accessedAt ? `. Accessed ${formatDay(source.accessedAt)}.` : ".";
  if (toSafeHref(source.archiveUrl) !== null) line += ` ${markdownLink(source.archiveUrl, "Archived copy")}.`;
  return source.excerpt ? [line, `   > “${escapeMarkdown(source.excerpt)}”`] : [line];
}

function renderApproval(verdict: ReportVerdict): string {
  const approvals = verdict.reviews.filter((review) => review.decision === "approve");
  const approvers = approvals.flatMap((review) => (review.reviewer ? [escapeMarkdown(review.reviewer)] : []));
  const approvedAt = verdict.approvedAt ?? approvals.at(-1)?.at ?? null;
  const parts: string[] = [];
  if (verdict.author) parts.push(`Verdict by ${escapeMarkdown(verdict.author)}`);
  let approved = approvers.length > 0 ? `Approved by ${approvers.join(", ")}` : "Approved";
  if (approvedAt) approved += ` on ${formatTimestamp(approvedAt)}`;
  parts.push(approved);
  return `_${parts.join(". ")}._`;
}

/** The "based on" line and the blank line after it, or nothing when the verdict was written from scratch. */
function renderBasis(verdict: ReportVerdict, siteUrl: string | null): string[] {
  if (!verdict.basedOn) return [];
  const { linkText, href, date, statement, rating } = wordBasis(verdict.basedOn, siteUrl);
  return [
    `Based on ${markdownLink(href, linkText)}${escapeMarkdown(date)}: “${escapeMarkdown(statement)}” — rated ${escapeMarkdown(rating)}`,
    "",
  ];
}

function renderCheckedClaim(claim: CheckedClaim, text: string, siteUrl: string | null): string[] {
  const { verdict } = claim;
  return [
    `### Claim ${claim.number}: ${escapeMarkdown(claim.statement)}`,
    "",
    `**Rating: ${escapeMarkdown(verdict.rating.label)} (${escapeMarkdown(verdict.rating.shortCode)})**: ${escapeMarkdown(verdict.summary)}`,
    "",
    ...renderBasis(verdict, siteUrl),
    `- **Claimant:** ${claim.claimant ? escapeMarkdown(claim.claimant) : "not attributed"}`,
    "",
    ...renderQuote(text, claim),
    "**Why:**",
    "",
    quoteMarkdownBlock(verdict.rationale),
    "",
    ...(verdict.sources.length > 0
      ? ["**Sources:**", "", ...verdict.sources.flatMap(renderSource), ""]
      : ["No sources are listed for this verdict.", ""]),
    renderApproval(verdict),
    "",
  ];
}

function renderPendingClaim(claim: ReportClaim, text: string): string[] {
  return [
    `### Claim ${claim.number}: ${escapeMarkdown(claim.statement)}`,
    "",
    `- **Claimant:** ${claim.claimant ? escapeMarkdown(claim.claimant) : "not attributed"}`,
    `- **Status:** ${escapeMarkdown(statusLabelOf(claim.status))}`,
    "",
    ...renderQuote(text, claim),
  ];
}

/**
 * The report's metadata as YAML between `---` lines: date is the
 * publication time, or the generation time before publishing; url and
 * sourceUrl are null unless http(s); ratings has one entry per checked claim.
 */
export function renderFrontMatter(model: ReportModel): string {
  const { checked } = sortClaimsIntoSections(model);
  const data = {
    title: model.article.title,
    date: reportDateOf(model),
    // Only http(s) addresses: a CMS may turn these into links.
    url: toSafeHref(model.reportUrl),
    sourceUrl: toSafeHref(model.article.sourceUrl),
    organization: model.organization.name,
    version: model.publication?.version ?? null,
    ratings: checked.map((claim) => ({
      claim: claim.number,
      statement: claim.statement,
      rating: claim.verdict.rating.label,
    })),
  };
  // lineWidth 0: no folding, so each value stays on the lines it has.
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n`;
}

/** The report as Markdown that reads well both as plain text and rendered. */
export function renderReportMarkdown(model: ReportModel, options: MarkdownReportOptions = {}): string {
  const includePending = options.includePending ?? true;
  const { checked, notYetChecked } = sortClaimsIntoSections(model);
  const text = model.article.text;
  const lines = [
    ...renderHeader(model),
    ...renderSummary(model, checked.length, notYetChecked.length),
    "## Checked claims",
    "",
    ...(checked.length > 0
      ? checked.flatMap((claim) => renderCheckedClaim(claim, text, model.reportUrl))
      : ["No claim has been checked yet.", ""]),
  ];
  if (includePending && notYetChecked.length > 0) {
    lines.push(
      "---",
      "",
      "## Not yet checked",
      "",
      "These claims are still being checked. They have no rating yet, and nothing here is a finding.",
      "",
      ...notYetChecked.flatMap((claim) => renderPendingClaim(claim, text)),
    );
  }
  lines.push(
    "---",
    "",
    `_Report by ${escapeMarkdown(model.organization.name)}, generated ${formatTimestamp(model.generatedAt)}._`,
    "",
  );
  const body = lines.join("\n");
  return options.frontMatter ? `${renderFrontMatter(model)}${body}` : body;
}
