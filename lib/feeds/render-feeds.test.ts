import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { copyDemoReport } from "@/lib/report/fixtures/demo-report";
import { buildHostileReport, HOSTILE_TEXT } from "@/lib/report/fixtures/hostile-report";
import { renderClaimReviews } from "@/lib/report/render-claimreview";
import type { ReportModel } from "@/lib/report/report-model";
import { feedChannel } from "./feed-channel";
import { feedEntryOf, type FeedEntry } from "./feed-entry";
import { renderAtomFeed } from "./render-atom-feed";
import { JSON_FEED_VERSION, renderJsonFeed } from "./render-json-feed";

/*
 * The Atom feed is parsed back with jsdom's XML parser (jsdom is one of the
 * app's own dependencies; @xmldom/xmldom is only mammoth's): saxes, a
 * conforming non-validating XML parser that rejects any well-formedness
 * error, which jsdom reports as a <parsererror> document.
 */
const ATOM = "http://www.w3.org/2005/Atom";
const ORIGIN = "https://factcheck.example.org";
const organization = { name: 'Desk <&> "Fact"', url: "https://factcheck.example.org/about" };

function parseXml(xml: string): Document {
  const document = new new JSDOM().window.DOMParser().parseFromString(xml, "application/xml");
  expect(document.getElementsByTagName("parsererror"), "well-formed XML").toHaveLength(0);
  return document;
}

/** A published snapshot of the demo report, with another article and version. */
function published(id: string, title: string, publishedAt: string, firstPublishedAt?: string): ReportModel {
  const model = copyDemoReport();
  model.article = { ...model.article, id, title };
  model.reportUrl = `${ORIGIN}/public/reports/${id}`;
  model.publication = { version: 2, publishedAt, ...(firstPublishedAt ? { firstPublishedAt } : {}) };
  return model;
}

const models = [
  published("newer", "Newer check", "2026-02-01T09:00:00.000Z", "2026-01-15T08:00:00.000Z"),
  published("older", "Older check", "2026-01-01T09:00:00.000Z"),
];
const entries = models.map((model) => feedEntryOf(model)!);
const channel = feedChannel(organization, ORIGIN, entries);

const text = (parent: Element | Document, name: string) =>
  parent.getElementsByTagNameNS(ATOM, name)[0]?.textContent ?? null;

/** What a feed reader shows of a type="html" element: the HTML's text. */
const shownText = (html: string | null) => new JSDOM(`<body>${html ?? ""}</body>`).window.document.body;

describe("feedEntryOf", () => {
  it("links the report, dates it by its first and current versions, and sums up the findings", () => {
    const entry = entries[0]!;
    expect(entry).toMatchObject({
      url: `${ORIGIN}/public/reports/newer`,
      title: "Newer check",
      published: "2026-01-15T08:00:00.000Z",
      updated: "2026-02-01T09:00:00.000Z",
    });
    expect(entry.summary).toMatch(/^\d+ claims? checked: /);
    const checked = models[0]!.claims.filter((claim) => claim.status === "approved" && claim.verdict);
    for (const claim of checked)
      expect(entry.summary).toContain(`Claim ${claim.number} (${claim.verdict!.rating.label})`);
    expect(entry.claimReviews).toEqual(renderClaimReviews(models[0]!).jsonLd);
  });

  it("leaves out a snapshot whose address is not http(s)", () => {
    expect(feedEntryOf(buildHostileReport())).toBeNull();
  });
});

describe("renderAtomFeed", () => {
  const document = parseXml(renderAtomFeed(channel, entries));
  const feed = document.documentElement;
  const atomEntries = [...feed.getElementsByTagNameNS(ATOM, "entry")];

  it("is an Atom 1.0 feed with its id, self link, update time and author", () => {
    expect(feed.namespaceURI).toBe(ATOM);
    expect(feed.localName).toBe("feed");
    expect(text(feed, "id")).toBe(`${ORIGIN}/public/feeds/atom.xml`);
    expect(text(feed, "title")).toBe(`${organization.name}: published fact-checks`);
    expect(text(feed, "updated")).toBe("2026-02-01T09:00:00.000Z");
    const self = [...feed.getElementsByTagNameNS(ATOM, "link")].find(
      (link) => link.getAttribute("rel") === "self",
    );
    expect(self?.getAttribute("href")).toBe(`${ORIGIN}/public/feeds/atom.xml`);
    expect(text(feed.getElementsByTagNameNS(ATOM, "author")[0]!, "name")).toBe(organization.name);
  });

  it("lists every fact-check in the order given, each with a stable id, link, dates and summary", () => {
    expect(atomEntries.map((entry) => text(entry, "id"))).toEqual(entries.map((entry) => entry.url));
    const [first] = atomEntries;
    expect(first!.getElementsByTagNameNS(ATOM, "link")[0]!.getAttribute("href")).toBe(entries[0]!.url);
    expect(text(first!, "published")).toBe("2026-01-15T08:00:00.000Z");
    expect(text(first!, "updated")).toBe("2026-02-01T09:00:00.000Z");
    expect(shownText(text(first!, "title")).textContent).toBe("Newer check");
    expect(shownText(text(first!, "summary")).textContent).toContain(entries[0]!.summary.split("\n")[0]);
  });

  it("shows hostile text literally: no markup reaches a reader, the XML stays well-formed", () => {
    const hostile = published("hostile", `${HOSTILE_TEXT} ]]> \u0001`, "2026-03-01T00:00:00.000Z");
    hostile.claims[0]!.statement = `${HOSTILE_TEXT} ]]>`;
    const entry = feedEntryOf(hostile)!;
    const xml = renderAtomFeed(
      feedChannel({ name: HOSTILE_TEXT, url: "javascript:alert(1)" }, ORIGIN, [entry]),
      [entry],
    );
    const atom = parseXml(xml).documentElement.getElementsByTagNameNS(ATOM, "entry")[0]!;
    for (const name of ["title", "summary"]) {
      const shown = shownText(text(atom, name));
      expect(shown.querySelectorAll("*:not(br)"), `${name} holds no elements`).toHaveLength(0);
    }
    expect(shownText(text(atom, "title")).textContent).toBe(`${HOSTILE_TEXT} ]]> `);
    // The organisation's javascript: URL (HOSTILE_TEXT's own is only text) never becomes a link.
    expect(xml).not.toContain("javascript:alert(1)");
  });

  it("is a valid empty feed when nothing is published", () => {
    const empty = parseXml(renderAtomFeed(feedChannel(organization, ORIGIN, []), []));
    expect(empty.documentElement.getElementsByTagNameNS(ATOM, "entry")).toHaveLength(0);
    expect(text(empty.documentElement, "updated")).toBe("1970-01-01T00:00:00.000Z");
  });
});

describe("renderJsonFeed", () => {
  const feed = JSON.parse(renderJsonFeed(channel, entries)) as {
    version: string;
    title: string;
    feed_url: string;
    home_page_url: string;
    authors: Array<{ name: string; url?: string }>;
    items: Array<Record<string, unknown> & { _claimreview: unknown }>;
  };

  it("is JSON Feed 1.1 with the required title and items, and the feed's own address", () => {
    expect(feed.version).toBe(JSON_FEED_VERSION);
    expect(feed.title).toBe(channel.title);
    expect(feed.feed_url).toBe(`${ORIGIN}/public/feeds/feed.json`);
    expect(feed.home_page_url).toBe(ORIGIN);
    expect(feed.authors).toEqual([organization]);
    expect(feed).not.toHaveProperty("author");
  });

  it("gives each item id, url, title, text, dates and authors, and its ClaimReview JSON-LD as _claimreview", () => {
    expect(feed.items.map((item) => item.id)).toEqual(entries.map((entry: FeedEntry) => entry.url));
    expect(feed.items[0]).toMatchObject({
      id: `${ORIGIN}/public/reports/newer`,
      url: `${ORIGIN}/public/reports/newer`,
      title: "Newer check",
      content_text: entries[0]!.summary,
      summary: entries[0]!.summary,
      date_published: "2026-01-15T08:00:00.000Z",
      date_modified: "2026-02-01T09:00:00.000Z",
      authors: [{ name: models[0]!.organization.name, url: "https://factcheck.example.org/" }],
    });
    expect(feed.items[0]!._claimreview).toEqual(renderClaimReviews(models[0]!).jsonLd);
    expect((feed.items[0]!._claimreview as unknown[]).length).toBeGreaterThan(0);
    // 1.1 has no singular author, and every key outside the spec starts with "_".
    const known = [
      "id",
      "url",
      "title",
      "summary",
      "content_text",
      "date_published",
      "date_modified",
      "authors",
    ];
    expect(Object.keys(feed.items[0]!).filter((key) => !known.includes(key) && !key.startsWith("_"))).toEqual(
      [],
    );
  });
});
