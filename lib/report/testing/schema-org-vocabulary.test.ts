import { describe, expect, it } from "vitest";
import { ancestorsOf, checkSchemaOrgNode, propertiesOf } from "./schema-org-vocabulary";

describe("the schema.org vocabulary, read offline", () => {
  it("resolves a class's ancestors and inherits their properties", () => {
    expect(ancestorsOf("ClaimReview")).toEqual(["ClaimReview", "Review", "CreativeWork", "Thing"]);
    const properties = propertiesOf("ClaimReview");
    for (const name of ["claimReviewed", "reviewRating", "itemReviewed", "author", "datePublished", "url"]) {
      expect(properties.has(name)).toBe(true);
    }
    expect(propertiesOf("Rating").has("claimReviewed")).toBe(false);
  });

  it("finds nothing wrong with a well-formed ClaimReview", () => {
    expect(
      checkSchemaOrgNode({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        claimReviewed: "The moon is cheese.",
        url: "https://example.org/fc",
        author: {
          "@type": "Organization",
          name: "Desk",
          logo: { "@type": "ImageObject", url: "https://x/l.png" },
        },
        reviewRating: { "@type": "Rating", alternateName: "False", ratingValue: 1, bestRating: 5 },
        itemReviewed: { "@type": "Claim", appearance: [{ "@type": "NewsArticle", url: "https://x/a" }] },
      }),
    ).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, { path: string; message: RegExp }]>([
    [
      "an unknown property",
      { "@type": "ClaimReview", claimRevieved: "typo" },
      { path: "claimRevieved", message: /not a property of ClaimReview/ },
    ],
    [
      "a property of another class",
      { "@type": "Rating", claimReviewed: "x" },
      { path: "claimReviewed", message: /not a property of Rating/ },
    ],
    [
      "an unknown class",
      { "@type": "FactCheck", name: "x" },
      { path: "(root)", message: /not a schema.org class/ },
    ],
    [
      "a node of the wrong type for the range",
      { "@type": "ClaimReview", reviewRating: { "@type": "Person", name: "x" } },
      { path: "reviewRating", message: /Person is not a Rating/ },
    ],
    [
      "an author that is neither Organization nor Person",
      { "@type": "ClaimReview", author: { "@type": "Claim" } },
      { path: "author", message: /Claim is not a Organization or Person/ },
    ],
    [
      "a nested unknown property",
      { "@type": "ClaimReview", author: { "@type": "Organization", logoUrl: "https://x/l.png" } },
      { path: "author.logoUrl", message: /not a property of Organization/ },
    ],
    [
      "a node where text is expected",
      { "@type": "ClaimReview", claimReviewed: { "@type": "Thing" } },
      { path: "claimReviewed", message: /not a node/ },
    ],
    [
      "a number where text is expected",
      { "@type": "ClaimReview", claimReviewed: 42 },
      { path: "claimReviewed", message: /integer where string/ },
    ],
    ["a node without a type", { name: "x" }, { path: "(root)", message: /no @type/ }],
  ])("reports %s", (_name, node, expected) => {
    const findings = checkSchemaOrgNode(node);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.path).toBe(expected.path);
    expect(findings[0]?.message).toMatch(expected.message);
  });
});
