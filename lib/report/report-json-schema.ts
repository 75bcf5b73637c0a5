import { claimStatuses } from "../review/claim-status";
import { REPORT_SCHEMA_VERSION } from "./report-model";

/*
 * JSON Schema (draft-07, the dialect most validators support by default)
 * for renderReportJson's output, schemaVersion 1.0. Objects are closed
 * (additionalProperties: false) so the test that validates the exporter
 * against it also catches a field added to one and not the other. URLs are
 * given as entered; consumers should link only http(s) ones.
 */

const nullableString = { type: ["string", "null"] } as const;
const isoTimestamp = { type: "string", format: "date-time" } as const;
const isoDay = { type: "string", format: "date" } as const;

const rating = {
  type: "object",
  additionalProperties: false,
  required: ["key", "label", "shortCode", "value", "color", "definition"],
  properties: {
    key: { type: "string", description: "Stable identifier of the rating on the scale." },
    label: { type: "string" },
    shortCode: { type: "string" },
    value: {
      type: ["integer", "null"],
      minimum: 1,
      maximum: 5,
      description: "5 = best (True) … 1 = worst (False); null when outside the numeric scale.",
    },
    color: { type: "string", description: "CSS colour shown with the label, never instead of it." },
    definition: { type: "string" },
  },
} as const;

const source = {
  type: "object",
  additionalProperties: false,
  required: ["url", "title", "publisher", "excerpt", "accessedAt", "archiveUrl"],
  properties: {
    url: { type: "string" },
    title: { type: "string" },
    publisher: { type: "string" },
    excerpt: nullableString,
    accessedAt: { ...isoDay, type: ["string", "null"] },
    archiveUrl: nullableString,
  },
} as const;

const review = {
  type: "object",
  additionalProperties: false,
  required: ["reviewer", "decision", "at", "comment"],
  properties: {
    reviewer: { ...nullableString, description: "Null when the newsroom hides reviewer names." },
    decision: { enum: ["approve", "request_changes"] },
    at: isoTimestamp,
    comment: nullableString,
  },
} as const;

const basedOn = {
  type: "object",
  additionalProperties: false,
  required: ["statement", "rating", "publisher", "url", "publishedAt"],
  description:
    "The earlier fact-check the verdict was started from (the newsroom's own or another publisher's ClaimReview), as it stood then.",
  properties: {
    statement: { type: "string", description: "The claim as that fact-check stated it." },
    rating: { type: "string", description: "Its rating, in its publisher's words." },
    publisher: { type: "string" },
    url: {
      ...nullableString,
      description: "Where to read it (absolute http(s)); null when it has no public page.",
    },
    publishedAt: { ...isoDay, type: ["string", "null"] },
  },
} as const;

const verdict = {
  type: "object",
  additionalProperties: false,
  required: [
    "id",
    "version",
    "rating",
    "summary",
    "rationale",
    "rationaleFormat",
    "sources",
    "author",
    "reviews",
    "approvedAt",
  ],
  properties: {
    id: { type: "string" },
    version: { type: "integer", minimum: 1 },
    rating: { $ref: "#/definitions/rating" },
    summary: { type: "string" },
    rationale: { type: "string", description: "Markdown; render it with raw HTML disabled." },
    rationaleFormat: { const: "text/markdown" },
    sources: { type: "array", items: { $ref: "#/definitions/source" } },
    author: nullableString,
    reviews: { type: "array", items: { $ref: "#/definitions/review" } },
    approvedAt: {
      type: ["string", "null"],
      format: "date-time",
      description: "When the approval threshold was met.",
    },
    basedOn: {
      oneOf: [{ $ref: "#/definitions/basedOn" }, { type: "null" }],
      description:
        "What the verdict was based on; null when it was written from scratch. Absent in 1.0 files written before it was added.",
    },
  },
} as const;

const claim = {
  type: "object",
  additionalProperties: false,
  required: [
    "id",
    "number",
    "status",
    "statusLabel",
    "anchored",
    "selector",
    "statement",
    "claimant",
    "type",
    "createdAt",
    "createdBy",
    "verdict",
    "pendingVerdicts",
  ],
  properties: {
    id: { type: "string" },
    number: {
      type: "integer",
      minimum: 1,
      description: "1-based position in article order; the report anchor is #claim-{number}.",
    },
    status: { enum: [...claimStatuses] },
    statusLabel: { type: "string" },
    anchored: { type: "boolean", description: "False when the quote lost its place in the current text." },
    selector: {
      type: "object",
      description:
        "W3C TextQuoteSelector + TextPositionSelector; positions are UTF-16 code units into the article text.",
      additionalProperties: false,
      required: ["exact", "prefix", "suffix", "start", "end"],
      properties: {
        exact: { type: "string" },
        prefix: { type: "string" },
        suffix: { type: "string" },
        start: { type: "integer", minimum: 0 },
        end: { type: "integer", minimum: 0 },
      },
    },
    statement: { type: "string" },
    claimant: nullableString,
    type: { type: "string" },
    createdAt: isoTimestamp,
    createdBy: nullableString,
    verdict: {
      oneOf: [{ $ref: "#/definitions/verdict" }, { type: "null" }],
      description: "The approved verdict.",
    },
    pendingVerdicts: {
      type: "array",
      items: { $ref: "#/definitions/verdict" },
      description: "Submitted, not approved; always empty in published reports.",
    },
  },
} as const;

const agreement = {
  type: "object",
  additionalProperties: false,
  required: ["alpha", "rawAgreement", "pairableClaims", "reviewers", "reason"],
  description:
    "How far the article's reviewers agree on its claims' ratings. A reviewer's value for a claim is the rating of their own latest submitted verdict revision, or else of the revision they approved; a request for changes gives none. Claims rated by two or more reviewers are pairable. Absent in 1.0 files written before it was added.",
  properties: {
    alpha: {
      type: ["number", "null"],
      maximum: 1,
      description:
        "Krippendorff's alpha, ordinal, on the rating scale in its order (ratings outside the numeric scale kept by position), to three decimals: 1 = perfect agreement, 0 = chance; ≥ 0.8 reliable, 0.667–0.8 tentative. Null when `reason` says why.",
    },
    rawAgreement: {
      type: ["number", "null"],
      minimum: 0,
      maximum: 1,
      description:
        "Share of pairs of ratings given to the same claim that are equal, to three decimals; null without pairable claims.",
    },
    pairableClaims: { type: "integer", minimum: 0, description: "Claims rated by two or more reviewers." },
    reviewers: { type: "integer", minimum: 0, description: "Reviewers with a rating on a pairable claim." },
    reason: {
      enum: ["no_pairable_claims", "single_rating", null],
      description:
        "Why alpha is null: no claim is rated by two reviewers yet, or every rating given is the same (nothing to measure). Null when alpha is given.",
    },
  },
} as const;

const statusCounts = {
  type: "object",
  additionalProperties: false,
  required: [...claimStatuses],
  properties: Object.fromEntries(claimStatuses.map((status) => [status, { type: "integer", minimum: 0 }])),
} as const;

/** Where the app serves the report's JSON Schema (no sign-in); a JSON export's `$schema` is this on the app's origin. */
export const REPORT_SCHEMA_PATH = `/public/schemas/report-${REPORT_SCHEMA_VERSION}.json`;

/** JSON Schema of the report JSON. */
export const reportJsonSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: `urn:fact-check-desk:report:${REPORT_SCHEMA_VERSION}`,
  title: "Fact-check report",
  description:
    "A news article checked claim by claim: approved verdicts with sources, and the claims still being checked.",
  type: "object",
  additionalProperties: false,
  required: [
    "schemaVersion",
    "generatedAt",
    "reportDate",
    "publication",
    "organization",
    "reportUrl",
    "article",
    "summary",
    "ratings",
    "claims",
  ],
  properties: {
    $schema: { type: "string", format: "uri", description: "Where this schema is served." },
    schemaVersion: { const: REPORT_SCHEMA_VERSION },
    generatedAt: isoTimestamp,
    reportDate: { ...isoTimestamp, description: "The publication time if published, else generatedAt." },
    publication: {
      oneOf: [
        {
          type: "object",
          additionalProperties: false,
          required: ["version", "publishedAt"],
          properties: {
            version: { type: "integer", minimum: 1 },
            publishedAt: isoTimestamp,
            includesPending: {
              type: "boolean",
              description:
                "Whether the claims not yet checked were published. Absent in older versions, which did.",
            },
            corrections: {
              type: "array",
              description: "The corrections published up to this version, oldest first.",
              items: {
                type: "object",
                additionalProperties: false,
                required: ["at", "note"],
                properties: { at: isoTimestamp, note: { type: "string", description: "Plain text." } },
              },
            },
          },
        },
        { type: "null" },
      ],
    },
    organization: {
      type: "object",
      additionalProperties: false,
      required: ["name", "url"],
      properties: {
        name: { type: "string" },
        url: nullableString,
        logoUrl: {
          ...nullableString,
          description:
            "The organisation's logo image (https), as in ClaimReview author.logo; null when none is set.",
        },
      },
    },
    reportUrl: nullableString,
    article: {
      type: "object",
      additionalProperties: false,
      required: ["id", "title", "byline", "dateline", "publishedAt", "sourceUrl", "revision"],
      properties: {
        id: { type: "string" },
        title: { type: "string" },
        byline: nullableString,
        dateline: nullableString,
        publishedAt: { type: ["string", "null"], format: "date" },
        sourceUrl: nullableString,
        revision: { type: "integer", minimum: 1 },
        text: { type: "string", description: "Present only when exported with the article text." },
      },
    },
    summary: {
      type: "object",
      additionalProperties: false,
      required: [
        "claimsMarked",
        "checked",
        "notYetChecked",
        "dismissed",
        "percentDone",
        "readyToPublish",
        "byStatus",
        "byRating",
      ],
      properties: {
        claimsMarked: { type: "integer", minimum: 0 },
        checked: { type: "integer", minimum: 0 },
        notYetChecked: { type: "integer", minimum: 0 },
        dismissed: { type: "integer", minimum: 0 },
        percentDone: { type: "integer", minimum: 0, maximum: 100 },
        readyToPublish: { type: "boolean" },
        byStatus: statusCounts,
        byRating: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["key", "label", "count"],
            properties: {
              key: { type: "string" },
              label: { type: "string" },
              count: { type: "integer", minimum: 0 },
            },
          },
        },
      },
    },
    ratings: { type: "array", items: { $ref: "#/definitions/rating" } },
    claims: { type: "array", items: { $ref: "#/definitions/claim" } },
    agreement: { $ref: "#/definitions/agreement" },
  },
  definitions: { rating, source, review, verdict, basedOn, claim, agreement },
} as const;
