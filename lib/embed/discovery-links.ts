import { escapeHtml } from "@/lib/report/escape";
import { embedTargetOf } from "./embed-target";
import { ATOM_FEED_PATH, JSON_FEED_PATH, OEMBED_PATH } from "@/lib/report/public-paths";

export interface DiscoveryLink {
  rel: "alternate";
  type: string;
  href: string;
  title: string;
}

/**
 * The <head> links that let consumers find what a public page offers: its
 * oEmbed answer (https://oembed.com §4, discovery), for the pages oEmbed
 * answers for (not an older version's), and the feeds of every published
 * fact-check. `pageUrl` is the page's absolute URL on the app's public
 * origin; every href is built on that origin.
 */
export function discoveryLinks(pageUrl: string): DiscoveryLink[] {
  const { origin } = new URL(pageUrl);
  const oembed = new URL(OEMBED_PATH, origin);
  oembed.searchParams.set("url", pageUrl);
  oembed.searchParams.set("format", "json");
  const embeddable = embedTargetOf(pageUrl, origin) !== null;
  return [
    ...(embeddable
      ? [{ rel: "alternate" as const, type: "application/json+oembed", href: oembed.href, title: "oEmbed" }]
      : []),
    {
      rel: "alternate",
      type: "application/atom+xml",
      href: new URL(ATOM_FEED_PATH, origin).href,
      title: "Published fact-checks (Atom)",
    },
    {
      rel: "alternate",
      type: "application/feed+json",
      href: new URL(JSON_FEED_PATH, origin).href,
      title: "Published fact-checks (JSON Feed)",
    },
  ];
}

/** discoveryLinks as HTML, one <link> per line, for the public pages' <head>. */
export function discoveryLinkTags(pageUrl: string): string {
  return discoveryLinks(pageUrl)
    .map(
      ({ rel, type, href, title }) =>
        `<link rel="${rel}" type="${escapeHtml(type)}" href="${escapeHtml(href)}" title="${escapeHtml(title)}">`,
    )
    .join("\n");
}
