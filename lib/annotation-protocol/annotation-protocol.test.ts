import { describe, it, expect } from "vitest";
import { annotationResponse, etagOf, matchesIfNoneMatch, readOnlyRefusal } from "./annotation-response";
import { claimNumberOf } from "./container-query";
import { containerPreferenceOf, hasContainerPreference } from "./prefer";

const annotation = { id: "https://fc.example/public/reports/a/annotations/1", type: "Annotation" };
const get = (headers: Record<string, string> = {}, method = "GET") =>
  new Request("https://fc.example/public/reports/a/annotations/1", { method, headers });

describe("annotationResponse", () => {
  it("answers with the annotation media type, an ETag and the LDP type, read only", async () => {
    const response = annotationResponse(get(), "annotation", annotation);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    );
    expect(response.headers.get("etag")).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(response.headers.get("link")).toBe('<http://www.w3.org/ns/ldp#Resource>; rel="type"');
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(response.headers.get("vary")).toBe("Accept");
    expect(await response.json()).toEqual(annotation);
  });

  it("says a container is a constrained BasicContainer that varies with Prefer", () => {
    const response = annotationResponse(get(), "container", { type: "AnnotationCollection" });
    expect(response.headers.get("link")).toContain('<http://www.w3.org/ns/ldp#BasicContainer>; rel="type"');
    expect(response.headers.get("link")).toContain(
      '<http://www.w3.org/TR/annotation-protocol/>; rel="http://www.w3.org/ns/ldp#constrainedBy"',
    );
    expect(response.headers.get("vary")).toBe("Accept, Prefer");
  });

  it("answers 304 without a body to a client that has the current version, 200 to one with an old one", async () => {
    const etag = annotationResponse(get(), "annotation", annotation).headers.get("etag") ?? "";
    const same = annotationResponse(get({ "If-None-Match": etag }), "annotation", annotation);
    expect(same.status).toBe(304);
    expect(await same.text()).toBe("");
    const old = annotationResponse(get({ "If-None-Match": '"old"' }), "annotation", annotation);
    expect(old.status).toBe(200);
  });

  it("sends no body to HEAD, and the API's 404 when there is nothing", async () => {
    const head = annotationResponse(get({}, "HEAD"), "annotation", annotation);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    const missing = annotationResponse(get(), "annotation", null);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });
});

describe("readOnlyRefusal", () => {
  it("refuses writes with 405, saying what is allowed", async () => {
    const response = readOnlyRefusal("container");
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(await response.json()).toMatchObject({ error: { code: "METHOD_NOT_ALLOWED" } });
  });
});

describe("matchesIfNoneMatch", () => {
  const etag = etagOf("body");
  it.each<[string | null, boolean]>([
    [null, false],
    [etag, true],
    [`W/${etag}`, true],
    [`"other", ${etag}`, true],
    ["*", true],
    ['"other"', false],
  ])("%s → %s", (header, expected) => {
    expect(matchesIfNoneMatch(header, etag)).toBe(expected);
  });
});

describe("containerPreferenceOf", () => {
  it.each<[string | null, string, boolean]>([
    [null, "descriptions", false],
    ['return=representation;include="http://www.w3.org/ns/oa#PreferContainedIRIs"', "iris", true],
    [
      'return=representation; include="http://www.w3.org/ns/oa#PreferContainedDescriptions"',
      "descriptions",
      true,
    ],
    [
      'return=representation;include="http://www.w3.org/ns/oa#PreferContainedIRIs http://www.w3.org/ns/ldp#PreferMinimalContainer"',
      "minimal",
      true,
    ],
    ['return=minimal; include="http://example.org/other"', "descriptions", false],
  ])("%s → %s", (header, preference, applied) => {
    expect(containerPreferenceOf(header)).toBe(preference);
    expect(hasContainerPreference(header)).toBe(applied);
  });
});

describe("claimNumberOf", () => {
  it.each<[string, number | null]>([
    ["1", 1],
    ["42", 42],
    ["0", null],
    ["01", null],
    ["1.5", null],
    ["-1", null],
    ["abc", null],
  ])("%s → %s", (segment, expected) => {
    expect(claimNumberOf(segment)).toBe(expected);
  });
});
