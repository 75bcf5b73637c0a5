import { describe, expect, it } from "vitest";
import { readClaimReviews } from "./read-claim-reviews";

const review = (overrides: Record<string, unknown> = {}) => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: "https://factcheck.example/2024/bridge-cost#top",
  claimReviewed: "The new bridge cost 80 million euros.",
  headline: "Did the bridge really cost 80 million?",
  datePublished: "2024-05-02",
  author: { "@type": "Organization", name: "Example Checks", url: "https://factcheck.example" },
  reviewRating: {
    "@type": "Rating",
    alternateName: "Mostly false",
    ratingValue: 2,
    bestRating: 5,
    worstRating: 1,
  },
  itemReviewed: {
    "@type": "Claim",
    author: { "@type": "Person", name: "A. Minister" },
    appearance: { "@type": "CreativeWork", url: "https://news.example/bridge" },
  },
  ...overrides,
});

describe("readClaimReviews", () => {
  it("reads one ClaimReview with everything the archive keeps, the fragment dropped from its url", () => {
    expect(readClaimReviews(review())).toStrictEqual({
      problems: [],
      reviews: [
        {
          url: "https://factcheck.example/2024/bridge-cost",
          claimReviewed: "The new bridge cost 80 million euros.",
          ratingName: "Mostly false",
          ratingValue: 2,
          bestRating: 5,
          worstRating: 1,
          publisherName: "Example Checks",
          publisherUrl: "https://factcheck.example/",
          claimant: "A. Minister",
          headline: "Did the bridge really cost 80 million?",
          datePublished: new Date("2024-05-02T00:00:00Z"),
          appearanceUrl: "https://news.example/bridge",
        },
      ],
    });
  });

  it("finds ClaimReviews in arrays, @graph with @id references, DataFeeds and JSON Feed items", () => {
    const graph = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "Organization", "@id": "https://factcheck.example/#org", name: "Graph Checks" },
        review({ url: "https://factcheck.example/a", author: { "@id": "https://factcheck.example/#org" } }),
      ],
    };
    const dataFeed = {
      "@type": "DataFeed",
      dataFeedElement: [{ "@type": "DataFeedItem", item: [review({ url: "https://factcheck.example/b" })] }],
    };
    const jsonFeed = {
      version: "https://jsonfeed.org/version/1.1",
      items: [
        {
          id: "1",
          _claimreview: [review({ url: "https://factcheck.example/c", "@type": "schema:ClaimReview" })],
        },
      ],
    };
    const { reviews, problems } = readClaimReviews([
      graph,
      dataFeed,
      jsonFeed,
      [review({ url: "https://factcheck.example/d" })],
    ]);
    expect(problems).toEqual([]);
    expect(reviews.map((r) => [r.url, r.publisherName])).toEqual([
      ["https://factcheck.example/d", "Example Checks"],
      ["https://factcheck.example/a", "Graph Checks"],
      ["https://factcheck.example/b", "Example Checks"],
      ["https://factcheck.example/c", "Example Checks"],
    ]);
  });

  it("reads the Fact Check Tools API's claims with their reviews", () => {
    const { reviews } = readClaimReviews({
      claims: [
        {
          text: "Unemployment fell to 3%.",
          claimant: "A party",
          claimReview: [
            {
              publisher: { name: "Checkers", site: "checkers.example" },
              url: "https://checkers.example/jobs",
              textualRating: "False",
              reviewDate: "2024-01-03T10:00:00Z",
            },
          ],
        },
      ],
    });
    expect(reviews).toEqual([
      expect.objectContaining({
        url: "https://checkers.example/jobs",
        claimReviewed: "Unemployment fell to 3%.",
        ratingName: "False",
        publisherName: "Checkers",
        publisherUrl: "https://checkers.example/",
        claimant: "A party",
        datePublished: new Date("2024-01-03T10:00:00Z"),
      }),
    ]);
  });

  it("falls back to the page's publisher, and to the rating's name", () => {
    const { reviews } = readClaimReviews(
      review({ author: undefined, reviewRating: { "@type": "Rating", name: "Pants on fire" } }),
      { name: "factcheck.example", url: "https://factcheck.example/" },
    );
    expect(reviews[0]).toMatchObject({ publisherName: "factcheck.example", ratingName: "Pants on fire" });
  });

  it("skips what it cannot keep, saying which fact-check and which field", () => {
    const { reviews, problems } = readClaimReviews([
      review({ url: "javascript:alert(1)" }),
      review({ url: "https://user:secret@factcheck.example/x" }),
      review({ url: "https://factcheck.example/no-rating", reviewRating: {} }),
      review({ url: "https://factcheck.example/empty", claimReviewed: "   " }),
      review({ url: "https://factcheck.example/ok" }),
      review({ url: "https://factcheck.example/ok" }),
    ]);
    expect(reviews.map((r) => r.url)).toEqual(["https://factcheck.example/ok"]);
    expect(problems).toEqual([
      "Fact-check 1 (javascript:alert(1)) was skipped: url is missing or invalid.",
      "Fact-check 2 (https://user:secret@factcheck.example/x) was skipped: url is missing or invalid.",
      "Fact-check 3 (https://factcheck.example/no-rating) was skipped: reviewRating.alternateName is missing or invalid.",
      "Fact-check 4 (https://factcheck.example/empty) was skipped: claimReviewed is missing or invalid.",
      "Fact-check 6 (https://factcheck.example/ok) was skipped: another fact-check in the file has the same url.",
    ]);
  });

  it("keeps hostile text as plain text and drops bad optional fields rather than the fact-check", () => {
    const { reviews } = readClaimReviews(
      review({
        claimReviewed: "<script>alert(1)</script>\u0000 Taxes\u202e rose\n\n by 5%",
        datePublished: "2024-02-30",
        itemReviewed: { "@type": "Claim", appearance: "data:text/html,<b>x</b>" },
        reviewRating: { alternateName: ["False", "Wrong"], ratingValue: "NaN" },
        author: { name: { nested: true }, url: "ftp://factcheck.example" },
        publisher: { name: "Fallback Publisher" },
        headline: "x".repeat(5_000),
      }),
    );
    expect(reviews[0]).toMatchObject({
      headline: null,
      claimReviewed: "<script>alert(1)</script> Taxes rose by 5%",
      datePublished: null,
      appearanceUrl: null,
      ratingName: "False",
      ratingValue: null,
      publisherName: "Fallback Publisher",
      publisherUrl: null,
    });
  });

  it("never throws on malformed JSON shapes, and says when nothing was found", () => {
    for (const value of [null, 42, "ClaimReview", [], {}, { "@type": 7 }, { "@graph": "x" }, [[[]]]])
      expect(readClaimReviews(value)).toEqual({
        reviews: [],
        problems: [expect.stringMatching(/^No ClaimReview was found/)],
      });
  });

  it("bounds deep nesting and huge files instead of running out of stack or memory", () => {
    let deep: Record<string, unknown> = review({ url: "https://factcheck.example/deep" });
    for (let i = 0; i < 10_000; i++) deep = { child: deep };
    expect(readClaimReviews(deep).reviews).toEqual([]);
    const many = Array.from({ length: 70_000 }, (_, i) => ({ a: i, b: [i], c: { d: i } }));
    expect(readClaimReviews(many).problems[0]).toMatch(/too large to read whole/);
  });
});
