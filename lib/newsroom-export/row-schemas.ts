import { z } from "zod";
import { roles } from "@/lib/auth/roles";
import { claimTypes } from "@/lib/claims/claim-types";
import type * as Models from "@/lib/db/generated/client";
import { articleStatuses } from "@/lib/review/article-status";
import { claimStatuses } from "@/lib/review/claim-status";

/*
 * One strict object per exported table, column for column as Prisma stores
 * it, so a row goes into createMany unchanged. Strict on purpose: a column
 * added to prisma/schema.prisma and not here makes the round-trip test fail
 * (the exporter writes every column; the importer refuses unknown ones), and
 * the type checks at the bottom fail tsc first. Timestamps are ISO 8601 with
 * milliseconds in the file (what Date#toJSON writes) and Dates after parsing.
 */

const timestamp = z.codec(z.iso.datetime({ precision: 3 }), z.date(), {
  decode: (text) => new Date(text),
  encode: (date) => date.toISOString(),
});
const optionalTimestamp = timestamp.nullable();
const id = z.string().min(1);
const optionalId = id.nullable();
const int = z.int();
const text = z.string();
const optionalText = z.string().nullable();
/** A column added after exports were first written: files from before it lack it, and mean null. */
const addedLater = <T extends z.ZodType>(column: T) => column.nullable().default(null);

export const rowSchemas = {
  settings: z.strictObject({ key: text, value: text, updatedAt: timestamp }),
  ratings: z.strictObject({
    id,
    key: text,
    label: text,
    color: text,
    shortCode: text,
    definition: text,
    value: int.nullable(),
    position: int,
    retiredAt: optionalTimestamp,
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  users: z.strictObject({
    id,
    email: text,
    name: text,
    role: z.enum(roles),
    passwordHash: text,
    createdAt: timestamp,
    updatedAt: timestamp,
    disabledAt: optionalTimestamp,
    lastSignInAt: optionalTimestamp,
    version: int,
  }),
  apiTokens: z.strictObject({
    id,
    userId: id,
    name: text,
    tokenHash: text,
    createdAt: timestamp,
    expiresAt: optionalTimestamp,
    lastUsedAt: optionalTimestamp,
    revokedAt: optionalTimestamp,
  }),
  importedFactChecks: z.strictObject({
    id,
    url: text,
    claimReviewed: text,
    ratingName: text,
    ratingValue: z.number().nullable(),
    bestRating: z.number().nullable(),
    worstRating: z.number().nullable(),
    publisherName: text,
    publisherUrl: optionalText,
    headline: addedLater(text),
    claimant: optionalText,
    datePublished: optionalTimestamp,
    appearanceUrl: optionalText,
    importedById: optionalId,
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  sources: z.strictObject({
    id,
    url: text,
    title: text,
    publisher: text,
    archiveUrl: optionalText,
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  articles: z.strictObject({
    id,
    title: text,
    byline: optionalText,
    dateline: optionalText,
    publishedAt: optionalTimestamp,
    sourceUrl: optionalText,
    revision: int,
    version: int,
    createdById: optionalId,
    createdAt: timestamp,
    updatedAt: timestamp,
    status: z.enum(articleStatuses),
    leadEditorId: addedLater(id),
    assigneeId: addedLater(id),
    dueAt: addedLater(timestamp),
  }),
  articleRevisions: z.strictObject({
    id,
    articleId: id,
    number: int,
    text,
    note: optionalText,
    createdById: optionalId,
    createdAt: timestamp,
    sentenceScores: addedLater(text),
  }),
  claims: z.strictObject({
    id,
    articleId: id,
    anchoredRevision: int,
    exact: text,
    prefix: text,
    suffix: text,
    start: int,
    end: int,
    anchorState: z.enum(["anchored", "orphaned"]),
    statement: text,
    claimant: optionalText,
    type: z.enum(claimTypes),
    dismissedAt: optionalTimestamp,
    dismissedReason: optionalText,
    dismissedById: optionalId,
    version: int,
    createdById: optionalId,
    createdAt: timestamp,
    updatedAt: timestamp,
    status: z.enum(claimStatuses),
    assigneeId: addedLater(id),
    dueAt: addedLater(timestamp),
    suggestionScore: addedLater(z.number().min(0).max(1)),
  }),
  suggestionRejections: z.strictObject({
    id,
    articleId: id,
    revision: int,
    start: int,
    end: int,
    rejectedById: optionalId,
    createdAt: timestamp,
  }),
  verdicts: z.strictObject({
    id,
    claimId: id,
    authorId: id,
    state: z.enum(["draft", "submitted", "closed"]),
    currentVersion: int,
    closedReason: optionalText,
    closedAt: optionalTimestamp,
    lockVersion: int,
    changesRequested: z.boolean(),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  verdictRevisions: z.strictObject({
    id,
    verdictId: id,
    version: int,
    ratingId: id,
    summary: text,
    rationale: text,
    authorId: id,
    submittedAt: optionalTimestamp,
    current: z.boolean(),
    createdAt: timestamp,
  }),
  verdictBases: z.strictObject({
    verdictId: id,
    entryId: text,
    statement: text,
    ratingLabel: text,
    publisher: text,
    url: optionalText,
    publishedAt: optionalTimestamp,
    createdAt: timestamp,
  }),
  verdictSources: z.strictObject({
    id,
    verdictRevisionId: id,
    sourceId: id,
    position: int,
    excerpt: optionalText,
    accessedAt: optionalTimestamp,
  }),
  reviews: z.strictObject({
    id,
    verdictRevisionId: id,
    reviewerId: id,
    decision: z.enum(["approve", "request_changes"]),
    comment: optionalText,
    createdAt: timestamp,
  }),
  comments: z.strictObject({ id, claimId: id, authorId: id, body: text, createdAt: timestamp }),
  matchDismissals: z.strictObject({
    id,
    claimId: id,
    entryId: text,
    dismissedById: optionalId,
    createdAt: timestamp,
  }),
  reportPublications: z.strictObject({
    id,
    articleId: id,
    version: int,
    snapshot: text,
    publishedById: optionalId,
    publishedAt: timestamp,
    withdrawnAt: optionalTimestamp,
  }),
  auditEvents: z.strictObject({
    id,
    at: timestamp,
    actorId: optionalId,
    action: text,
    entityType: text,
    entityId: text,
    articleId: optionalId,
    claimId: optionalId,
    data: text,
  }),
};

export type SectionName = keyof typeof rowSchemas;
export type SectionRow<S extends SectionName> = z.output<(typeof rowSchemas)[S]>;

// Each schema's parsed row must be exactly the Prisma model's row (vocabulary
// columns narrowed to their closed sets), so nothing is dropped or invented.
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] };
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Matches<S extends SectionName, Model> = Same<Widen<SectionRow<S>>, Model>;
const modelChecks: {
  settings: Matches<"settings", Models.Setting>;
  ratings: Matches<"ratings", Models.Rating>;
  users: Matches<"users", Models.User>;
  apiTokens: Matches<"apiTokens", Models.ApiToken>;
  importedFactChecks: Matches<"importedFactChecks", Models.ImportedFactCheck>;
  sources: Matches<"sources", Models.Source>;
  articles: Matches<"articles", Models.Article>;
  articleRevisions: Matches<"articleRevisions", Models.ArticleRevision>;
  claims: Matches<"claims", Models.Claim>;
  suggestionRejections: Matches<"suggestionRejections", Models.SuggestionRejection>;
  verdicts: Matches<"verdicts", Models.Verdict>;
  verdictRevisions: Matches<"verdictRevisions", Models.VerdictRevision>;
  verdictBases: Matches<"verdictBases", Models.VerdictBasis>;
  verdictSources: Matches<"verdictSources", Models.VerdictSource>;
  reviews: Matches<"reviews", Models.Review>;
  comments: Matches<"comments", Models.Comment>;
  matchDismissals: Matches<"matchDismissals", Models.MatchDismissal>;
  reportPublications: Matches<"reportPublications", Models.ReportPublication>;
  auditEvents: Matches<"auditEvents", Models.AuditEvent>;
} = {
  settings: true,
  ratings: true,
  users: true,
  apiTokens: true,
  importedFactChecks: true,
  sources: true,
  articles: true,
  articleRevisions: true,
  claims: true,
  suggestionRejections: true,
  verdicts: true,
  verdictRevisions: true,
  verdictBases: true,
  verdictSources: true,
  reviews: true,
  comments: true,
  matchDismissals: true,
  reportPublications: true,
  auditEvents: true,
};
void modelChecks;
