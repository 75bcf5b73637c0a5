import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { discoveryLinks, discoveryLinkTags } from "./discovery-links";

const page = "https://factcheck.example.org/public/reports/a%26b/claims/2";

describe("discoveryLinks", () => {
  it("names the page's oEmbed answer and both feeds, on the page's origin", () => {
    const [oembed, atom, json] = discoveryLinks(page);
    expect(oembed!.type).toBe("application/json+oembed");
    const asked = new URL(oembed!.href);
    expect(asked.origin + asked.pathname).toBe("https://factcheck.example.org/public/oembed");
    expect(asked.searchParams.get("url")).toBe(page);
    expect(asked.searchParams.get("format")).toBe("json");
    expect(atom).toMatchObject({
      type: "application/atom+xml",
      href: "https://factcheck.example.org/public/feeds/atom.xml",
    });
    expect(json).toMatchObject({
      type: "application/feed+json",
      href: "https://factcheck.example.org/public/feeds/feed.json",
    });
  });

  it("leaves the oEmbed link out on a page oEmbed does not answer for (an older version)", () => {
    const links = discoveryLinks("https://factcheck.example.org/public/reports/a/versions/1");
    expect(links.map((link) => link.type)).toEqual(["application/atom+xml", "application/feed+json"]);
  });

  it("as HTML: three <link rel=alternate> a parser reads back to the same addresses", () => {
    const head = new JSDOM(`<head>${discoveryLinkTags(page)}</head>`).window.document.head;
    const links = [...head.querySelectorAll("link")];
    expect(head.children).toHaveLength(3);
    expect(links.map((link) => [link.rel, link.type, link.href])).toEqual(
      discoveryLinks(page).map(({ rel, type, href }) => [rel, type, href]),
    );
  });
});
