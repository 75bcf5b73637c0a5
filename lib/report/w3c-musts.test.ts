import { describe, it, expect } from "vitest";
import { demoReport } from "./fixtures/demo-report";
import { flattenAssertions, loadAssertions, runAssertions } from "./fixtures/w3c-suite";
import { renderW3cAnnotations } from "./render-w3c";
import {
  renderPublicAnnotation,
  renderPublicAnnotationContainer,
  renderPublicAnnotationPage,
  type ContainerPreference,
} from "./render-w3c-container";

/*
 * The W3C Web Annotation test suite's MUST assertions, run on our export.
 * A check that cannot fail proves nothing, so broken annotations must fail.
 */

const annotationMusts = loadAssertions("annotations/annotationMusts.test");
const collectionMusts = loadAssertions("collections/collectionMusts.test");
const pageMusts = loadAssertions("collections/pages/pageMusts.test");

const collection = JSON.parse(
  JSON.stringify(renderW3cAnnotations(demoReport, { baseUrl: "https://factcheck.example.org" })),
) as { first: { items: Array<Record<string, unknown>> } } & Record<string, unknown>;
const annotations = collection.first.items;
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

describe("W3C Web Annotation test suite, MUST assertions", () => {
  it("loads every assertion the suite lists", () => {
    expect(flattenAssertions(annotationMusts)).toHaveLength(54);
    expect(flattenAssertions(collectionMusts)).toHaveLength(10);
    expect(flattenAssertions(pageMusts)).toHaveLength(15);
  });

  it.each(annotations.map((annotation) => [annotation.id, annotation]))(
    "%s passes annotationMusts",
    (_id, annotation) => {
      expect(runAssertions(annotationMusts, annotation)).toEqual([]);
    },
  );

  // pageMusts takes "a single Annotation Page or an Annotation Collection with an embedded Page".
  it("the collection passes collectionMusts, and with its embedded page pageMusts", () => {
    expect(runAssertions(collectionMusts, collection)).toEqual([]);
    expect(runAssertions(pageMusts, collection)).toEqual([]);
  });

  it("a collection without @context, or whose first page has no items, fails", () => {
    const { "@context": _context, ...contextless } = collection;
    expect(runAssertions(collectionMusts, contextless).map((f) => f.file)).toContain(
      "collections/5.1-collectionContextValidated.json",
    );
    const itemless = { ...collection, first: { ...collection.first, items: undefined } };
    expect(runAssertions(pageMusts, JSON.parse(JSON.stringify(itemless))).map((f) => f.file)).toContain(
      "collections/pages/5.2-pageItemsValidated.json",
    );
  });

  const valid = annotations[0] ?? {};
  const without = (key: string) => Object.fromEntries(Object.entries(valid).filter(([name]) => name !== key));
  it.each<[string, Record<string, unknown>, string]>([
    ["no target", without("target"), "annotations/3.1-targetKeyFound.json"],
    [
      "both body and bodyValue",
      { ...valid, bodyValue: "also this" },
      "annotations/3.2.5-notBodyBodyValue.json",
    ],
    [
      "a wrong @context",
      { ...valid, "@context": "http://example.org/context.jsonld" },
      "annotations/3.1-annotationContextValidated.json",
    ],
    ["no id", without("id"), "annotations/3.1-annotationIdValidated.json"],
    ["a wrong type", { ...valid, type: "Note" }, "annotations/3.1-annotationTypeValidated.json"],
    [
      "a created that is no date-time",
      { ...valid, created: "last Tuesday" },
      "annotations/3.3.1-annotationCreatedValidated.json",
    ],
    [
      "a TextQuoteSelector without exact",
      {
        ...valid,
        target: { source: "https://example.org/a", selector: { type: "TextQuoteSelector", prefix: "x" } },
      },
      "annotations/specificResource/4.2.4-textQuoteSelectorValid.json",
    ],
  ])("an annotation with %s fails", (_name, broken, failingFile) => {
    const failures = runAssertions(annotationMusts, broken);
    expect(failures.map((failure) => failure.file)).toContain(failingFile);
  });
});

describe("the public container, every page and every annotation pass the suite's MUST assertions", () => {
  // A small page size, so there are several pages (10 listed claims → 4 pages).
  const options = { origin: "https://factcheck.example.org", pageSize: 3 };
  const total = 10;
  const pageCount = Math.ceil(total / options.pageSize);

  it.each<ContainerPreference>(["descriptions", "iris", "minimal"])(
    "the container (%s) passes collectionMusts, and its embedded first page pageMusts",
    (preference) => {
      const container = plain(renderPublicAnnotationContainer(demoReport, preference, options));
      expect(container.total).toBe(total);
      expect(runAssertions(collectionMusts, container)).toEqual([]);
      if (preference !== "minimal") expect(runAssertions(pageMusts, container)).toEqual([]);
    },
  );

  it.each(
    (["descriptions", "iris"] as const).flatMap((preference) =>
      Array.from({ length: pageCount }, (_, page) => [preference, page] as const),
    ),
  )("the %s page %i passes pageMusts, and so does each annotation on it", (preference, page) => {
    const rendered = plain(renderPublicAnnotationPage(demoReport, page, preference, options));
    expect(runAssertions(pageMusts, rendered)).toEqual([]);
    const items = rendered.items as unknown[];
    expect(items.length).toBeGreaterThan(0);
    if (preference === "descriptions") {
      for (const item of items) expect(runAssertions(annotationMusts, item)).toEqual([]);
    }
  });

  const listedNumbers = demoReport.claims
    .filter((claim) => claim.status !== "dismissed")
    .map((claim) => claim.number);
  it.each(listedNumbers)("the dereferenced annotation %i passes annotationMusts", (number) => {
    const annotation = renderPublicAnnotation(demoReport, number, options.origin);
    expect(annotation).not.toBeNull();
    expect(runAssertions(annotationMusts, plain(annotation))).toEqual([]);
  });

  it("a page without partOf's id, or with a next that is no URI, fails", () => {
    const page = plain(renderPublicAnnotationPage(demoReport, 0, "descriptions", options));
    expect(runAssertions(pageMusts, { ...page, next: "not a uri" }).map((f) => f.file)).toContain(
      "collections/pages/5.2-pageNextValidated.json",
    );
    expect(runAssertions(pageMusts, { ...page, partOf: {} }).map((f) => f.file)).toContain(
      "collections/pages/5.2-pagePartOfValidated.json",
    );
  });
});
