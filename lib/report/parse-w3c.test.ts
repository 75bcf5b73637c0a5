import { describe, it, expect } from "vitest";
import { describeSpan } from "../anchoring/text-quote";
import { claimTypes } from "../claims/claim-types";
import { copyDemoReport, demoReport, demoText } from "./fixtures/demo-report";
import {
  anchorImportedAnnotations,
  MAX_IMPORTED_ANNOTATIONS,
  parseW3cAnnotations,
  type ImportedAnnotation,
} from "./parse-w3c";
import { UNANCHORED_REASONS } from "./anchor-imported-annotations";
import { renderW3cAnnotations } from "./render-w3c";
import { renderPublicAnnotationPage } from "./render-w3c-container";

const exported = JSON.parse(
  JSON.stringify(renderW3cAnnotations(demoReport, { baseUrl: "https://fc.example" })),
);
const listed = demoReport.claims.filter((claim) => claim.status !== "dismissed");

const annotation = (exact: string, extra: Record<string, unknown> = {}) => ({
  "@context": "http://www.w3.org/ns/anno.jsonld",
  id: `https://other.example/${exact.length}`,
  type: "Annotation",
  target: { source: "https://example.org/a", selector: { type: "TextQuoteSelector", exact } },
  ...extra,
});

describe("parseW3cAnnotations: containers", () => {
  it.each<[string, unknown, number]>([
    ["a collection with its page embedded", exported, 10],
    ["an AnnotationPage", exported.first, 10],
    ["an array", exported.first.items, 10],
    ["a single annotation", exported.first.items[0], 1],
    ["an empty collection", { type: "AnnotationCollection", total: 0 }, 0],
  ])("reads %s", (_name, json, count) => {
    const { annotations, errors } = parseW3cAnnotations(json);
    expect(errors).toEqual([]);
    expect(annotations).toHaveLength(count);
  });

  it.each<[string, unknown, string]>([
    ["plain text", "not json", "is not Web Annotation JSON"],
    ["null", null, "is not Web Annotation JSON"],
    [
      "a collection that links its pages",
      { type: "AnnotationCollection", first: "https://x.example/p1", total: 3 },
      "links to its pages",
    ],
    ["a page without items", { type: "AnnotationPage" }, "has no items"],
  ])("explains %s", (_name, json, message) => {
    const { annotations, errors } = parseW3cAnnotations(json);
    expect(annotations).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it("says when the file is one page of a longer collection, and still imports that page", () => {
    const page = renderPublicAnnotationPage(demoReport, 0, "descriptions", {
      origin: "https://fc.example",
      pageSize: 4,
    });
    const { annotations, errors } = parseW3cAnnotations(JSON.parse(JSON.stringify(page)));
    expect(annotations).toHaveLength(4);
    expect(errors).toEqual([
      "The file holds one page of a longer collection (4 annotations); the others were not imported. Import the next page too: https://fc.example/public/reports/art-kursk/annotations?page=1",
    ]);
    const last = renderPublicAnnotationPage(demoReport, 2, "descriptions", {
      origin: "https://fc.example",
      pageSize: 4,
    });
    expect(parseW3cAnnotations(JSON.parse(JSON.stringify(last))).errors[0]).toContain(
      "one page of a longer collection",
    );
  });

  it("refuses more annotations than an article can hold", () => {
    const many = Array.from({ length: MAX_IMPORTED_ANNOTATIONS + 1 }, () => annotation("x"));
    expect(parseW3cAnnotations(many).errors[0]).toContain(`import at most ${MAX_IMPORTED_ANNOTATIONS}`);
  });
});

describe("parseW3cAnnotations: annotations", () => {
  it("reads back our own export: quote, context, position, statement, claimant, type and rating", () => {
    const { annotations } = parseW3cAnnotations(exported);
    expect(annotations).toEqual(
      listed.map((claim) => ({
        id: `https://fc.example/api/v1/articles/art-kursk/report?format=w3c#claim-${claim.id}`,
        ...claim.selector,
        statement: claim.statement,
        claimant: claim.claimant,
        type: claim.type,
        rating: claim.status === "approved" ? (claim.verdict?.rating.key ?? null) : null,
      })),
    );
    // The fixture has to exercise what is read back, or the round trip proves little.
    expect(new Set(annotations.map((a) => a.type)).size).toBeGreaterThan(2);
    expect(annotations.some((a) => a.claimant === null)).toBe(true);
    expect(new Set(annotations.map((a) => a.rating)).size).toBeGreaterThan(2);
  });

  it("reads a Hypothesis-style annotation: target list, mixed selectors, a comment", () => {
    const { annotations, errors } = parseW3cAnnotations({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: "https://hypothes.is/a/abc",
      type: "Annotation",
      body: [{ type: "TextualBody", value: "Check this number", purpose: "commenting" }],
      target: [
        {
          source: "https://www.upi.com/x",
          selector: [
            { type: "RangeSelector", startSelector: { type: "XPathSelector", value: "/p[2]" } },
            { type: "TextPositionSelector", start: 10, end: 20 },
            { type: "TextQuoteSelector", exact: "12,000 troops", prefix: "up to ", suffix: " to fight" },
          ],
        },
      ],
    });
    expect(errors).toEqual([]);
    expect(annotations).toEqual([
      {
        id: "https://hypothes.is/a/abc",
        exact: "12,000 troops",
        prefix: "up to ",
        suffix: " to fight",
        start: 10,
        end: 20,
        statement: "Check this number",
        claimant: null,
        type: null,
        rating: null,
      },
    ]);
  });

  it.each<[string, Record<string, unknown>, Partial<ImportedAnnotation>]>([
    ["bodyValue as the statement", { bodyValue: "A note" }, { statement: "A note" }],
    ["no body: no statement", {}, { statement: null }],
    [
      "an assessing body is not a statement",
      { body: { type: "TextualBody", value: "False: no", purpose: "assessing" } },
      { statement: null },
    ],
    [
      "our tags: claimant, claim type and rating key, not as the statement",
      {
        body: [
          { type: "TextualBody", value: "False", purpose: "tagging" },
          { type: "TextualBody", value: "claimant: The minister ", purpose: "tagging" },
          { type: "TextualBody", value: "claim-type:quotation", purpose: "tagging" },
          { type: "TextualBody", value: "rating:false", purpose: ["tagging"] },
        ],
      },
      { statement: null, claimant: "The minister", type: "quotation", rating: "false" },
    ],
    [
      "tags of other tools are left alone, an unknown claim type too",
      {
        body: [
          { type: "TextualBody", value: "economy", purpose: "tagging" },
          { type: "TextualBody", value: "claim-type:rumour", purpose: "tagging" },
          { type: "TextualBody", value: "claimant:", purpose: "tagging" },
        ],
      },
      { claimant: null, type: null, rating: null },
    ],
    [
      "a prefixed value that is a comment, not a tag, is not read as one",
      { body: { type: "TextualBody", value: "claimant:Someone", purpose: "commenting" } },
      { claimant: null, statement: "claimant:Someone" },
    ],
    [
      "a claimant longer than a claim may have is left out",
      { body: { type: "TextualBody", value: `claimant:${"x".repeat(201)}`, purpose: "tagging" } },
      { claimant: null },
    ],
    [
      "an unusable position is dropped, the quote kept",
      {
        target: {
          selector: [
            { type: "TextQuoteSelector", exact: "abc" },
            { type: "TextPositionSelector", start: 9, end: 3 },
          ],
        },
      },
      { exact: "abc", start: null, end: null },
    ],
  ])("%s", (_name, extra, expected) => {
    const { annotations } = parseW3cAnnotations(annotation("abc", extra));
    expect(annotations[0]).toMatchObject(expected);
  });

  it("reports each bad annotation and keeps the good ones", () => {
    const { annotations, errors } = parseW3cAnnotations([
      annotation("kept"),
      { ...annotation("x"), target: undefined },
      { ...annotation("x"), type: "Note" },
      annotation("x", { target: "https://example.org/whole-page" }),
      annotation("x", { target: { selector: { type: "TextPositionSelector", start: 1, end: 4 } } }),
      annotation("x", { target: { selector: { type: "TextQuoteSelector", exact: "x", start: "3" } } }),
      42,
    ]);
    expect(annotations.map((a) => a.exact)).toEqual(["kept"]);
    expect(errors).toHaveLength(6);
    expect(errors[0]).toMatch(/^Annotation 2 \(https:\/\/other.example\/1\): target: /);
    expect(errors[1]).toContain('The type must be "Annotation".');
    expect(errors[2]).toContain("no TextQuoteSelector");
    expect(errors[3]).toContain("no TextQuoteSelector");
    expect(errors[4]).toMatch(/^Annotation 6 .*target/);
    expect(errors[5]).toMatch(/^Annotation 7: /);
  });
});

describe("anchorImportedAnnotations", () => {
  const { annotations } = parseW3cAnnotations(exported);

  it("round-trips every claim of our export to the same selector, by position", () => {
    const results = anchorImportedAnnotations(demoText, annotations);
    expect(results).toEqual(
      listed.map((claim) => ({ state: "anchored", method: "position", selector: claim.selector })),
    );
  });

  it("still anchors every claim after a sentence is added at the start", () => {
    const added = "Updated on 29 April with Ukraine's response. ";
    const edited = added + demoText;
    const results = anchorImportedAnnotations(edited, annotations);
    expect(results).toEqual(
      listed.map((claim) => ({
        state: "anchored",
        method: "quote",
        selector: describeSpan(
          edited,
          claim.selector.start + added.length,
          claim.selector.end + added.length,
        ),
      })),
    );
  });

  it("finds an edited quote approximately near its old place", () => {
    const edited = demoText.replace("up to 12,000 troops", "up to 12 000 troops");
    const claim = listed.find((candidate) => candidate.id === "clm-12000");
    const imported = annotations.find((candidate) => candidate.id?.endsWith("#claim-clm-12000"));
    if (!claim || !imported) throw new Error("fixture");
    const [result] = anchorImportedAnnotations(edited, [imported]);
    expect(result).toEqual({
      state: "anchored",
      method: "fuzzy",
      selector: describeSpan(edited, claim.selector.start, claim.selector.end),
    });
  });

  const imported = (exact: string, rest: Partial<ImportedAnnotation> = {}): ImportedAnnotation => ({
    id: null,
    exact,
    prefix: "",
    suffix: "",
    start: null,
    end: null,
    statement: null,
    claimant: null,
    type: null,
    rating: null,
    ...rest,
  });
  const text = "The troops left. Later the troops came back to the base near the river.";

  it.each<[string, ImportedAnnotation, { state: string; method?: string; start?: number; reason?: string }]>([
    [
      "context picks one copy",
      imported("the troops", { prefix: "Later " }),
      { state: "anchored", method: "quote", start: 23 },
    ],
    [
      "an exact position",
      imported("troops", { start: 27, end: 33 }),
      { state: "anchored", method: "position", start: 27 },
    ],
    [
      "a shifted position picks the nearest copy",
      imported("troops", { start: 25, end: 31 }),
      { state: "anchored", method: "quote", start: 27 },
    ],
    [
      "copies with nothing to tell them apart",
      imported("troops"),
      { state: "unanchored", reason: UNANCHORED_REASONS.ambiguous },
    ],
    [
      "a long quote found once, whatever its context",
      imported("came back to the base near", { prefix: "totally different context" }),
      { state: "anchored", method: "unique", start: 34 },
    ],
    [
      "a quote that is not there",
      imported("tanks rolled in"),
      { state: "unanchored", reason: UNANCHORED_REASONS.missing },
    ],
    ["an empty quote", imported(""), { state: "unanchored", reason: UNANCHORED_REASONS.empty }],
  ])("%s", (_name, annotation, expected) => {
    const [result] = anchorImportedAnnotations(text, [annotation]);
    expect(result).toMatchObject(
      expected.start === undefined
        ? expected
        : { state: expected.state, method: expected.method, selector: { start: expected.start } },
    );
  });

  it("returns one result per annotation, in order, never dropping one", () => {
    const inputs = [imported("troops"), imported("river"), imported("nowhere")];
    expect(anchorImportedAnnotations(text, inputs).map((r) => r.state)).toEqual([
      "unanchored",
      "anchored",
      "unanchored",
    ]);
  });
});

describe("round trip: export, then import into the same text", () => {
  // Every claim type, and a claim without a claimant, so a type or claimant lost on the way shows.
  const model = copyDemoReport();
  const listedClaims = model.claims.filter((claim) => claim.status !== "dismissed");
  listedClaims.forEach((claim, index) => {
    claim.type = claimTypes[index % claimTypes.length] ?? "other";
  });
  const file = JSON.parse(JSON.stringify(renderW3cAnnotations(model, { baseUrl: "https://fc.example" })));
  const { annotations, errors } = parseW3cAnnotations(file);
  const anchored = anchorImportedAnnotations(demoText, annotations);

  it("keeps every claim's span, statement, claimant, type and rating", () => {
    expect(errors).toEqual([]);
    const imported = annotations.map((annotation, index) => {
      const result = anchored[index];
      return {
        selector: result?.state === "anchored" ? result.selector : null,
        statement: annotation.statement,
        claimant: annotation.claimant,
        type: annotation.type,
        rating: annotation.rating,
      };
    });
    expect(imported).toEqual(
      listedClaims.map((claim) => ({
        selector: claim.selector,
        statement: claim.statement,
        claimant: claim.claimant,
        type: claim.type,
        rating: claim.status === "approved" ? (claim.verdict?.rating.key ?? null) : null,
      })),
    );
    expect(new Set(imported.map((claim) => claim.type))).toEqual(new Set(claimTypes));
  });
});
