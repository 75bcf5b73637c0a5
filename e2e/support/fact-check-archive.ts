import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext } from "@playwright/test";
import { bearer, createToken } from "./api";

/*
 * The fact-check archive for "Checked before?" tests: published ClaimReviews
 * imported through the API as an admin would, each under its own address so
 * runs never collide.
 */

export interface FixtureFactCheck {
  claimReviewed: string;
  rating: string;
  publisher?: string;
  datePublished?: string;
}

/** A ClaimReview as another publisher's page carries it, at a fresh address. */
export function claimReview(check: FixtureFactCheck) {
  const publisher = check.publisher ?? "Harbour Checks";
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `https://harbour-checks.example/${randomUUID().slice(0, 8)}/check`,
    claimReviewed: check.claimReviewed,
    datePublished: check.datePublished ?? "2024-05-02",
    headline: `Fact check: ${check.claimReviewed}`,
    author: { "@type": "Organization", name: publisher, url: "https://harbour-checks.example" },
    reviewRating: { "@type": "Rating", alternateName: check.rating },
  };
}

/** Imports fact-checks into the archive as the demo admin; returns the ClaimReviews as imported. */
export async function importFactChecks(request: APIRequestContext, checks: FixtureFactCheck[]) {
  const reviews = checks.map(claimReview);
  const response = await request.post("/api/v1/fact-checks/imports", {
    headers: bearer(await createToken("admin")),
    data: { json: reviews },
  });
  expect(response.status(), await response.text()).toBe(200);
  expect(((await response.json()) as { created: number }).created).toBe(reviews.length);
  return reviews;
}
