import { discoveryLinkTags } from "../embed/discovery-links";
import { escapeHtml, toSafeHref } from "../report/escape";
import type { ReportModel } from "../report/report-model";
import { countRatings, sortClaimsIntoSections } from "../report/report-sections";

/*
 * What a public page says about itself to search engines and link previews:
 * the canonical address, a one-line description, Open Graph and a Twitter
 * card, and the links to its oEmbed answer and the feeds. Every value is escaped: titles and organisation names are user text.
 */

export interface PageMetadata {
  title: string;
  description: string;
  /** Absolute http(s) URL, or null to leave canonical and og:url out. */
  canonicalUrl: string | null;
  siteName: string;
  /** The organisation's logo (https), shown by link previews; left out when absent. */
  imageUrl?: string | null;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The findings in one sentence, e.g. "3 claims checked: 1 False, 2 True. 1 claim is still being checked." */
export function describeFindings(model: Pick<ReportModel, "claims" | "ratings">): string {
  const { checked, notYetChecked } = sortClaimsIntoSections(model);
  const pending =
    notYetChecked.length > 0
      ? ` ${plural(notYetChecked.length, "claim is", "claims are")} still being checked.`
      : "";
  if (checked.length === 0) return `No claim has been checked yet.${pending}`;
  const counts = countRatings(model)
    .filter((entry) => entry.count > 0)
    .map(({ rating, count }) => `${count} ${rating.label}`);
  return `${plural(checked.length, "claim", "claims")} checked: ${counts.join(", ")}.${pending}`;
}

/** The <head> tags: description, canonical, Open Graph and Twitter card. */
export function renderPageMetadata(metadata: PageMetadata): string {
  const title = escapeHtml(metadata.title);
  const description = escapeHtml(metadata.description);
  const url = metadata.canonicalUrl === null ? null : escapeHtml(metadata.canonicalUrl);
  const image = toSafeHref(metadata.imageUrl ?? null);
  return [
    `<meta name="description" content="${description}">`,
    url === null ? "" : `<link rel="canonical" href="${url}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${title}">`,
    `<meta property="og:description" content="${description}">`,
    url === null ? "" : `<meta property="og:url" content="${url}">`,
    `<meta property="og:site_name" content="${escapeHtml(metadata.siteName)}">`,
    `<meta name="twitter:card" content="summary">`,
    `<meta name="twitter:title" content="${title}">`,
    `<meta name="twitter:description" content="${description}">`,
    image === null ? "" : `<meta property="og:image" content="${escapeHtml(image)}">`,
    // What the page offers to other tools: oEmbed and the feeds (lib/embed).
    metadata.canonicalUrl === null ? "" : discoveryLinkTags(metadata.canonicalUrl),
  ]
    .filter((line) => line !== "")
    .join("\n");
}
