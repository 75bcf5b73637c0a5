import { IMPORT_LIMITS, importedFactCheckSchema, type ImportedFactCheck } from "./imported-fact-check";

/*
 * Reads published fact-checks out of whatever JSON a newsroom has: ClaimReview
 * JSON-LD (one object, an array, a `@graph` with `@id` references, a
 * schema.org DataFeed), a JSON Feed whose items carry `_claimreview` (ours
 * does), or the Google Fact Check Tools API's `claims[].claimReview[]`. It
 * walks the JSON once, bounded in nodes and depth, never throws on what it
 * finds, and says per fact-check what was wrong with the ones it skips.
 */

type JsonObject = Record<string, unknown>;

export interface ReadResult {
  reviews: ImportedFactCheck[];
  /** One sentence per fact-check skipped, or about the file as a whole. */
  problems: string[];
}

/** A candidate before validation, with where it came from for messages. */
interface Candidate {
  fields: Record<string, unknown>;
  label: string;
}

export function readClaimReviews(
  json: unknown,
  fallbackPublisher?: { name: string; url: string | null },
): ReadResult {
  const problems: string[] = [];
  const { reviewNodes, googleClaims, byId, truncated } = walk(json);
  if (truncated) problems.push(truncated);
  const resolve = (value: unknown): unknown => {
    const first = Array.isArray(value) ? value[0] : value;
    return isObject(first) && typeof first["@id"] === "string" && first.name === undefined
      ? (byId.get(first["@id"]) ?? first)
      : first;
  };
  const candidates: Candidate[] = [
    ...reviewNodes.map((node, i) => fromClaimReview(node, resolve, fallbackPublisher, i + 1)),
    ...googleClaims.flatMap((claim) => fromGoogleClaim(claim, resolve)),
  ];
  if (candidates.length === 0) {
    problems.push(
      "No ClaimReview was found: give ClaimReview JSON-LD, a page whose JSON-LD holds ClaimReview, or a JSON feed of them.",
    );
    return { reviews: [], problems };
  }
  const reviews: ImportedFactCheck[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (reviews.length >= IMPORT_LIMITS.reviews) {
      problems.push(
        `Only the first ${IMPORT_LIMITS.reviews.toLocaleString("en")} fact-checks were read; split the file to import the rest.`,
      );
      break;
    }
    const parsed = importedFactCheckSchema.safeParse(candidate.fields);
    if (!parsed.success) {
      const fields = [
        ...new Set(
          parsed.error.issues.map((issue) => fieldNames[String(issue.path[0])] ?? String(issue.path[0])),
        ),
      ];
      problems.push(
        `${candidate.label} was skipped: ${fields.join(", ")} ${fields.length === 1 ? "is" : "are"} missing or invalid.`,
      );
      continue;
    }
    if (seen.has(parsed.data.url)) {
      problems.push(`${candidate.label} was skipped: another fact-check in the file has the same url.`);
      continue;
    }
    seen.add(parsed.data.url);
    reviews.push(parsed.data);
  }
  return { reviews, problems };
}

/** How messages name each field: as the ClaimReview markup does. */
const fieldNames: Record<string, string> = {
  url: "url",
  claimReviewed: "claimReviewed",
  ratingName: "reviewRating.alternateName",
  ratingValue: "reviewRating.ratingValue",
  bestRating: "reviewRating.bestRating",
  worstRating: "reviewRating.worstRating",
  publisherName: "author.name (the publisher)",
  publisherUrl: "author.url",
  claimant: "itemReviewed.author.name",
  headline: "headline",
  datePublished: "datePublished",
  appearanceUrl: "itemReviewed.appearance.url",
};

function fromClaimReview(
  node: JsonObject,
  resolve: (value: unknown) => unknown,
  fallbackPublisher: { name: string; url: string | null } | undefined,
  index: number,
): Candidate {
  const rating = asObject(resolve(node.reviewRating));
  const publisher = asObject(resolve(node.publisher));
  const author = asObject(resolve(node.author)) ?? publisher;
  const item = asObject(resolve(node.itemReviewed));
  const claimant = asObject(resolve(item?.author));
  const appearance = resolve(item?.appearance ?? item?.firstAppearance);
  const url = textOf(node.url) ?? httpId(node["@id"]);
  const publisherName = textOf(author?.name) ?? textOf(publisher?.name) ?? fallbackPublisher?.name ?? null;
  return {
    label: `Fact-check ${index}${url ? ` (${url})` : ""}`,
    fields: {
      url,
      claimReviewed: textOf(node.claimReviewed) ?? textOf(item?.name),
      ratingName: textOf(rating?.alternateName) ?? textOf(rating?.name),
      ratingValue: numberOf(rating?.ratingValue),
      bestRating: numberOf(rating?.bestRating),
      worstRating: numberOf(rating?.worstRating),
      publisherName,
      publisherUrl: optionalUrl(
        author ? (textOf(author.url) ?? httpId(author["@id"])) : (fallbackPublisher?.url ?? null),
      ),
      claimant: textOf(claimant?.name) ?? textOf(item?.author),
      headline: textOf(node.headline) ?? textOf(node.name),
      datePublished: dateOf(node.datePublished),
      appearanceUrl: optionalUrl(
        typeof appearance === "string" ? appearance : textOf(asObject(appearance)?.url),
      ),
    },
  };
}

/** The Fact Check Tools API: one claim, reviewed by one or more publishers. */
function fromGoogleClaim(claim: JsonObject, resolve: (value: unknown) => unknown): Candidate[] {
  const reviews = Array.isArray(claim.claimReview) ? claim.claimReview : [];
  return reviews.filter(isObject).map((review, i) => {
    const publisher = asObject(resolve(review.publisher));
    const site = textOf(publisher?.site);
    const url = textOf(review.url);
    return {
      label: `Fact-check of “${(textOf(claim.text) ?? "a claim").slice(0, 60)}” ${i + 1}${url ? ` (${url})` : ""}`,
      fields: {
        url,
        claimReviewed: textOf(claim.text),
        ratingName: textOf(review.textualRating),
        ratingValue: null,
        bestRating: null,
        worstRating: null,
        publisherName: textOf(publisher?.name) ?? site,
        publisherUrl: site ? optionalUrl(/^https?:\/\//.test(site) ? site : `https://${site}`) : null,
        claimant: textOf(claim.claimant),
        headline: textOf(review.title),
        datePublished: dateOf(review.reviewDate),
        appearanceUrl: null,
      },
    };
  });
}

interface Walked {
  reviewNodes: JsonObject[];
  googleClaims: JsonObject[];
  byId: Map<string, JsonObject>;
  truncated: string | null;
}

/** Every object in the JSON, breadth first, up to the node and depth limits. */
function walk(root: unknown): Walked {
  const out: Walked = { reviewNodes: [], googleClaims: [], byId: new Map(), truncated: null };
  const queue: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  let visited = 0;
  for (let head = 0; head < queue.length; head++) {
    const { value, depth } = queue[head]!;
    if (++visited > IMPORT_LIMITS.nodes) {
      out.truncated = `The file is too large to read whole (over ${IMPORT_LIMITS.nodes.toLocaleString("en")} JSON values); only its beginning was read.`;
      break;
    }
    if (depth > IMPORT_LIMITS.depth) continue;
    const children = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : [];
    if (isObject(value)) {
      if (typeof value["@id"] === "string" && !out.byId.has(value["@id"])) out.byId.set(value["@id"], value);
      if (typesOf(value).includes("ClaimReview")) out.reviewNodes.push(value);
      else if (Array.isArray(value.claimReview) && typeof value.text === "string")
        out.googleClaims.push(value);
    }
    for (const child of children)
      if (typeof child === "object" && child !== null) queue.push({ value: child, depth: depth + 1 });
  }
  return out;
}

/** `@type` values without their vocabulary prefix: "schema:ClaimReview", "https://schema.org/ClaimReview". */
function typesOf(node: JsonObject): string[] {
  const types = Array.isArray(node["@type"]) ? node["@type"] : [node["@type"]];
  return types
    .filter((type): type is string => typeof type === "string")
    .map((type) => type.replace(/^(?:schema:|https?:\/\/schema\.org\/)/, ""));
}

function textOf(value: unknown): string | null {
  if (Array.isArray(value)) return textOf(value[0]);
  if (isObject(value) && typeof value["@value"] === "string") return textOf(value["@value"]);
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

function numberOf(value: unknown): number | null {
  const number = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
  return Number.isFinite(number) ? number : null;
}

/** A day or a timestamp; anything else, or an impossible date (2024-02-30), is no date. */
function dateOf(value: unknown): Date | null {
  const text = textOf(value)?.trim();
  if (!text || !/^\d{4}-\d{2}-\d{2}/.test(text)) return null;
  const date = new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(date.getTime())) return null;
  return text.length === 10 && date.toISOString().slice(0, 10) !== text ? null : date;
}

/** An optional web address: a bad one is dropped rather than failing the fact-check. */
function optionalUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? value : null;
  } catch {
    return null;
  }
}

function httpId(value: unknown): string | null {
  return typeof value === "string" && /^https?:\/\//.test(value) ? value : null;
}

function asObject(value: unknown): JsonObject | null {
  return isObject(value) ? value : null;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
