import { Feed } from "feed";
import { escapeHtml, toSafeHref } from "@/lib/report/escape";
import type { FeedChannel } from "./feed-channel";
import type { FeedEntry } from "./feed-entry";

/*
 * Atom 1.0 (RFC 4287) through the `feed` package. It writes entry titles and
 * summaries as type="html" in CDATA, so our plain text goes in as escaped
 * HTML: a reader then shows "<b>" as those three characters, and "]]>"
 * cannot end the CDATA early. Characters XML 1.0 forbids (C0 controls but
 * tab and newlines, lone surrogates, U+FFFE/U+FFFF) are dropped, so one odd
 * byte in an article cannot make the whole feed unreadable.
 */

const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text that XML 1.0 accepts. */
export const xmlText = (text: string) => text.replace(NOT_XML, "");
const asHtml = (text: string) => escapeHtml(xmlText(text)).replace(/\n/g, "<br>");
const authorOf = ({ name, url }: { name: string; url: string | null }) => {
  const link = toSafeHref(url);
  return { name: xmlText(name), ...(link ? { link } : {}) };
};

/** The feed as Atom XML. An empty feed is dated when the app has nothing published: the epoch. */
export function renderAtomFeed(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  const feed = new Feed({
    id: channel.atomUrl,
    title: xmlText(channel.title),
    description: xmlText(channel.description),
    link: channel.homePageUrl,
    feedLinks: { atom: channel.atomUrl, json: channel.jsonUrl },
    updated: new Date(channel.updated ?? 0),
    language: "en",
    generator: false,
    author: authorOf(channel.author),
    copyright: xmlText(`© ${channel.author.name}`),
  });
  for (const entry of entries) {
    feed.addItem({
      id: entry.url,
      link: entry.url,
      title: asHtml(entry.title),
      description: asHtml(entry.summary),
      date: new Date(entry.updated),
      published: new Date(entry.published),
      author: [authorOf(entry.author)],
    });
  }
  return `${feed.atom1()}\n`;
}
