import { describe, it, expect } from "vitest";
import { copyDemoReport, demoReport } from "./fixtures/demo-report";
import {
  publishedClaimsOf,
  renderPublicAnnotation,
  renderPublicAnnotationContainer,
  renderPublicAnnotationPage,
} from "./render-w3c-container";

const origin = "https://factcheck.example.org";
const collectionId = `${origin}/public/reports/art-kursk/annotations`;
const options = { origin, pageSize: 4 };
const listed = demoReport.claims.filter((claim) => claim.status !== "dismissed");

describe("renderPublicAnnotationContainer", () => {
  it("embeds the first page and names the last, on the public origin", () => {
    const container = renderPublicAnnotationContainer(demoReport, "descriptions", options);
    expect(container).toMatchObject({
      id: collectionId,
      type: ["BasicContainer", "AnnotationCollection"],
      total: 10,
      modified: "2025-04-30T10:00:00.000Z",
      first: { id: `${collectionId}?page=0`, startIndex: 0, next: `${collectionId}?page=1` },
      last: `${collectionId}?page=2`,
    });
  });

  it("lists IRIs only when asked, and leaves the pages out of a minimal container", () => {
    const iris = renderPublicAnnotationContainer(demoReport, "iris", options);
    expect(typeof iris.first === "object" && iris.first.items).toEqual(
      listed.slice(0, 4).map((claim) => `${collectionId}/${claim.number}`),
    );
    expect(iris.last).toBe(`${collectionId}?page=2&iris=1`);
    const minimal = renderPublicAnnotationContainer(demoReport, "minimal", options);
    expect(minimal.first).toBe(`${collectionId}?page=0`);
  });

  it("has no pages to point at when nothing is listed", () => {
    const model = copyDemoReport();
    model.claims = [];
    const container = renderPublicAnnotationContainer(model, "descriptions", options);
    expect(container.total).toBe(0);
    expect(container).not.toHaveProperty("first");
    expect(container).not.toHaveProperty("last");
  });
});

describe("renderPublicAnnotationPage", () => {
  it("pages through every listed claim once, in order, linked both ways", () => {
    const pages = [0, 1, 2].map((page) =>
      renderPublicAnnotationPage(demoReport, page, "descriptions", options),
    );
    expect(
      pages.flatMap((page) => page?.items.map((item) => (typeof item === "string" ? item : item.id))),
    ).toEqual(listed.map((claim) => `${collectionId}/${claim.number}`));
    expect(pages.map((page) => [page?.startIndex, page?.prev, page?.next])).toEqual([
      [0, undefined, `${collectionId}?page=1`],
      [4, `${collectionId}?page=0`, `${collectionId}?page=2`],
      [8, `${collectionId}?page=1`, undefined],
    ]);
    expect(pages[1]?.partOf).toMatchObject({ id: collectionId, total: 10 });
  });

  it.each([3, -1, 0.5, Number.NaN])("has no page %s", (page) => {
    expect(renderPublicAnnotationPage(demoReport, page, "descriptions", options)).toBeNull();
  });
});

describe("renderPublicAnnotation", () => {
  it("is the claim with that number, with its public id and the report link", () => {
    const annotation = renderPublicAnnotation(demoReport, 1, origin);
    expect(annotation?.id).toBe(`${collectionId}/1`);
    expect(annotation?.body).toContainEqual({
      type: "SpecificResource",
      purpose: "linking",
      source: { id: `${demoReport.reportUrl}#claim-1`, type: "Text", format: "text/html" },
    });
  });

  it("is nothing for a dismissed claim or a number past the last", () => {
    const dismissed = demoReport.claims.find((claim) => claim.status === "dismissed");
    expect(renderPublicAnnotation(demoReport, dismissed?.number ?? 0, origin)).toBeNull();
    expect(renderPublicAnnotation(demoReport, 99, origin)).toBeNull();
  });

  it("targets the public article text when the article has no web address", () => {
    const model = copyDemoReport();
    model.article.sourceUrl = null;
    expect(renderPublicAnnotation(model, 1, origin)?.target.source).toBe(
      `${origin}/public/reports/art-kursk/article`,
    );
  });
});

describe("publishedClaimsOf", () => {
  it("maps each listed claim's id to its public IRI and number", () => {
    const claims = publishedClaimsOf(demoReport, origin);
    expect([...claims.keys()]).toEqual(listed.map((claim) => claim.id));
    expect(claims.get(listed[1]?.id ?? "")).toEqual({
      id: `${collectionId}/${listed[1]?.number}`,
      number: listed[1]?.number,
    });
  });
});
