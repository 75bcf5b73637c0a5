/*
 * Google's ClaimReview properties, as a table, so tests can check our
 * markup the way the Rich Results Test would, offline. Source:
 * https://developers.google.com/search/docs/appearance/structured-data/factcheck
 * ("Structured data type definitions": ClaimReview, Claim, Rating).
 * Google lists no `author.logo`; it is ours (schema.org Organization.logo)
 * and is checked as optional, so a report without a logo is still clean.
 */

type Level = "required" | "recommended" | "optional";

interface GoogleProperty {
  /** Dotted path from the ClaimReview node; `a|b` means either satisfies it. */
  path: string;
  level: Level;
}

export const GOOGLE_CLAIMREVIEW_PROPERTIES: GoogleProperty[] = [
  { path: "claimReviewed", level: "required" },
  { path: "reviewRating.alternateName", level: "required" },
  { path: "url", level: "required" },
  { path: "author", level: "recommended" },
  { path: "author.name", level: "recommended" },
  { path: "author.url", level: "recommended" },
  { path: "author.logo", level: "optional" },
  { path: "datePublished", level: "recommended" },
  { path: "itemReviewed", level: "recommended" },
  { path: "itemReviewed.author", level: "recommended" },
  { path: "itemReviewed.author.name", level: "recommended" },
  { path: "itemReviewed.datePublished", level: "recommended" },
  { path: "itemReviewed.appearance|itemReviewed.firstAppearance", level: "recommended" },
];

/** Google's expected @type at a path, where the docs name one. */
const EXPECTED_TYPES: Record<string, string[]> = {
  "": ["ClaimReview"],
  reviewRating: ["Rating"],
  itemReviewed: ["Claim"],
  author: ["Organization", "Person"],
  "itemReviewed.author": ["Organization", "Person"],
};

export interface GoogleFinding {
  level: Level | "type";
  path: string;
  message: string;
}

function valueAt(node: unknown, dotted: string): unknown {
  let value: unknown = node;
  for (const key of dotted.split(".").filter(Boolean)) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const isPresent = (value: unknown) =>
  value !== undefined && value !== null && !(typeof value === "string" && value.trim() === "");

/**
 * What a ClaimReview node misses from Google's table: required and
 * recommended properties, and the types Google expects. Optional
 * properties are only type-checked when present.
 */
export function checkGoogleClaimReview(node: Record<string, unknown>): GoogleFinding[] {
  const findings: GoogleFinding[] = [];
  for (const { path, level } of GOOGLE_CLAIMREVIEW_PROPERTIES) {
    if (level === "optional") continue;
    if (!path.split("|").some((alternative) => isPresent(valueAt(node, alternative)))) {
      findings.push({ level, path, message: `${path} is ${level} by Google and missing` });
    }
  }
  for (const [path, types] of Object.entries(EXPECTED_TYPES)) {
    const value = valueAt(node, path);
    if (value === undefined) continue;
    const type = (value as Record<string, unknown>)?.["@type"];
    if (typeof type !== "string" || !types.includes(type)) {
      findings.push({
        level: "type",
        path,
        message: `${path || "the node"} should be a ${types.join(" or ")}`,
      });
    }
  }
  return findings;
}
