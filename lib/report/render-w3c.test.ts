import { describe, it, expect } from "vitest";
import { copyDemoReport, demoReport, demoText } from "./fixtures/demo-report";
import { renderW3cAnnotations, W3C_ANNOTATION_MEDIA_TYPE } from "./render-w3c";

const baseUrl = "https://factcheck.example.org/";
const collection = renderW3cAnnotations(demoReport, { baseUrl });
const items = collection.first.items;
const exportId = "https://factcheck.example.org/api/v1/articles/art-kursk/report?format=w3c";

describe("renderW3cAnnotations", () => {
  it("is an AnnotationCollection with its one page embedded", () => {
    expect(collection).toMatchObject({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: exportId,
      type: "AnnotationCollection",
      total: 10,
      first: { id: `${exportId}#page-0`, type: "AnnotationPage", startIndex: 0 },
    });
    expect(items).toHaveLength(10);
  });

  it("has one annotation per claim that is not dismissed, in article order, each a fragment of the download", () => {
    expect(items.map((item) => item.id)).toEqual(
      demoReport.claims
        .filter((claim) => claim.status !== "dismissed")
        .map((claim) => `${exportId}#claim-${claim.id}`),
    );
  });

  // Numbers can move when claims are marked after publishing: the public ones are the publication's.
  const publicId = "https://factcheck.example.org/public/reports/art-kursk/annotations/3";
  const published = new Map([["clm-troops", { id: publicId, number: 3 }]]);
  const links = (item: (typeof items)[number] | undefined) =>
    item?.body.flatMap((body) => (body.type === "SpecificResource" ? [body.source.id] : []));

  it("gives a published claim its public address and a link to it in the report, any other claim neither", () => {
    const [first, second] = renderW3cAnnotations(demoReport, { baseUrl, published }).first.items;
    expect(first?.id).toBe(publicId);
    expect(links(first)).toEqual(["https://factcheck.example.org/public/reports/art-kursk#claim-3"]);
    expect(second?.id).toBe(`${exportId}#claim-${demoReport.claims[1]?.id}`);
    expect(links(second)).toEqual([]);
  });

  it("names the pending=hide download when pending claims are left out", () => {
    expect(renderW3cAnnotations(demoReport, { baseUrl, includePending: false }).id).toBe(
      `${exportId}&pending=hide`,
    );
  });

  it("assesses a checked claim with its verdict", () => {
    expect(items[0]).toEqual({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: `${exportId}#claim-clm-troops`,
      type: "Annotation",
      motivation: "assessing",
      created: "2025-04-28T10:00:00.000Z",
      creator: { type: "Person", name: "Eddie Editor" },
      generated: "2025-04-30T12:00:00.000Z",
      generator: { type: "Software", name: "Fact-check desk" },
      body: [
        {
          type: "TextualBody",
          value: "True: North Korea, Russia, Ukraine, the US and South Korea now all confirm the deployment.",
          format: "text/plain",
          purpose: "assessing",
          creator: { type: "Person", name: "Rosa Reviewer" },
        },
        {
          type: "TextualBody",
          value:
            "North Korean troops are fighting in the ranks of the Russian Army in its war against Ukraine, as Pyongyang now confirms.",
          format: "text/plain",
          purpose: "describing",
        },
        { type: "TextualBody", value: "True", format: "text/plain", purpose: "tagging" },
        { type: "TextualBody", value: "rating:true", format: "text/plain", purpose: "tagging" },
        {
          type: "TextualBody",
          value: "claimant:North Korea's Central Military Commission",
          format: "text/plain",
          purpose: "tagging",
        },
        { type: "TextualBody", value: "claim-type:other", format: "text/plain", purpose: "tagging" },
      ],
      target: {
        source:
          "https://www.upi.com/Top_News/World-News/2025/04/28/north-korea-confirms-troops-fighting-russia/1234567890/",
        selector: [
          {
            type: "TextQuoteSelector",
            exact: "its troops were fighting in the ranks of the Russian Army in its war against Ukraine",
            prefix: "ficial confirmation Monday that ",
            suffix: ".\n\nThe Central Military Commissi",
          },
          { type: "TextPositionSelector", start: 61, end: 145 },
        ],
      },
    });
  });

  it("only highlights a claim still being checked, without any rating", () => {
    const pending = items.find((item) => item.id.endsWith("#claim-clm-recapture"));
    expect(pending?.motivation).toBe("highlighting");
    expect(pending?.body.slice(0, 1)).toEqual([
      {
        type: "TextualBody",
        value: "North Korean troops helped Russia recapture Kursk province from Ukrainian forces.",
        format: "text/plain",
        purpose: "describing",
      },
    ]);
    const values = pending?.body.flatMap((body) => (body.type === "TextualBody" ? [body.value] : []));
    expect(values?.some((value) => value.startsWith("rating:"))).toBe(false);
    expect(pending?.body.some((body) => body.type === "TextualBody" && body.purpose === "assessing")).toBe(
      false,
    );
  });

  it("tags every claim with its claim type, and its claimant when it has one", () => {
    const tags = (item: (typeof items)[number]) =>
      item.body.flatMap((body) =>
        body.type === "TextualBody" && body.purpose === "tagging" ? [body.value] : [],
      );
    const listed = demoReport.claims.filter((claim) => claim.status !== "dismissed");
    items.forEach((item, index) => {
      const claim = listed[index];
      expect(tags(item)).toContain(`claim-type:${claim?.type}`);
      if (claim?.claimant) expect(tags(item)).toContain(`claimant:${claim.claimant}`);
      else expect(tags(item).some((tag) => tag.startsWith("claimant:"))).toBe(false);
    });
  });

  it("links to the report only when it has a public address", () => {
    const model = copyDemoReport();
    model.reportUrl = null;
    const result = renderW3cAnnotations(model, { baseUrl, published });
    expect(result.first.items.every((item) => item.body.every((body) => body.type === "TextualBody"))).toBe(
      true,
    );
  });

  it("keeps UTF-16 positions into the article text", () => {
    for (const item of items) {
      const [quote, position] = item.target.selector;
      expect(demoText.slice(position.start, position.end)).toBe(quote.exact);
    }
  });

  it("credits the organisation when names are hidden", () => {
    const model = copyDemoReport();
    for (const claim of model.claims) {
      claim.createdBy = null;
      if (claim.verdict) claim.verdict.author = null;
    }
    const [first] = renderW3cAnnotations(model, { baseUrl }).first.items;
    expect(first?.creator).toEqual({ type: "Organization", name: "Fact-check desk — Zürich & Kyiv" });
    expect(first?.body[0]).not.toHaveProperty("creator");
  });

  it.each<[string, string | null, string | undefined, string]>([
    ["the article's own http(s) URL", "https://example.org/a", undefined, "https://example.org/a"],
    [
      "the app URL when the article has none",
      null,
      undefined,
      "https://factcheck.example.org/articles/art-kursk",
    ],
    ["the given app URL", null, "https://app.example/a/1", "https://app.example/a/1"],
    [
      "the app URL when the article URL is not http(s)",
      "javascript:alert(1)",
      undefined,
      "https://factcheck.example.org/articles/art-kursk",
    ],
  ])("targets %s", (_name, sourceUrl, articleUrl, expected) => {
    const model = copyDemoReport();
    model.article.sourceUrl = sourceUrl;
    const result = renderW3cAnnotations(model, { baseUrl, articleUrl });
    for (const item of result.first.items) expect(item.target.source).toBe(expected);
  });

  it("leaves pending claims out when asked", () => {
    const result = renderW3cAnnotations(demoReport, { baseUrl, includePending: false });
    expect(result.total).toBe(6);
    expect(result.first.items.every((item) => item.motivation === "assessing")).toBe(true);
  });

  it("names the media type with the Web Annotation profile", () => {
    expect(W3C_ANNOTATION_MEDIA_TYPE).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
  });
});
