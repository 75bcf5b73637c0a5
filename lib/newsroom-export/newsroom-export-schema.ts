import { z } from "zod";
import { rowSchemas, type SectionName } from "./row-schemas";

export const EXPORT_FORMAT = "factcheck-newsroom-export";
export const EXPORT_VERSION = 1;

/*
 * What moves with a newsroom, model by model (prisma/schema.prisma):
 *
 * Exported (sectionModels), every column kept exactly (ids, timestamps,
 * stored statuses):
 *   Setting, Rating     the newsroom's rules and scale; they replace the ones
 *                       the target's seed wrote.
 *   User                with password hashes, so accounts keep working.
 *   ApiToken            only sha256 hashes are stored (lib/auth/api-token-secret.ts)
 *                       and no instance secret is involved, so a moved
 *                       newsroom's scripts keep working; revoked and
 *                       expired ones move too, for the record.
 *   ImportedFactCheck   other publishers' fact-checks the archive matches against.
 *   Source, Article, ArticleRevision, Claim, SuggestionRejection, Verdict,
 *   VerdictRevision, VerdictBasis, VerdictSource, Review, Comment,
 *   MatchDismissal, ReportPublication, AuditEvent
 *                       the work itself and its history (VerdictBasis: the
 *                       fact-check a verdict was started from, a snapshot;
 *                       MatchDismissal: matches a reviewer set aside).
 *
 * Left out (modelsLeftOut), as per-instance or transient:
 *   Session             bound to the old instance's NEXTAUTH_SECRET (the JWT
 *                       carries the id); people sign in again.
 *   SignInThrottle, RateLimitBucket
 *                       counters that expire in minutes.
 *   AccountLink         single-use invitation and reset links that expire in
 *                       days and point at the old address; send new ones.
 *   LiveEvent, Presence who is looking and what they heard live; pruned anyway.
 *   Backup              the old instance's own log of its backup files.
 *   ArchiveGeneration   a counter for this instance's search index; an import
 *                       bumps it, so the index is rebuilt from what arrived.
 *   ClaimMatchSet       derived: recomputed from the archive (the bumped
 *                       generation makes every claim's matches stale).
 *
 * The order is the insert order: every row's foreign keys point at rows of
 * an earlier section (AuditEvent has only plain ids but goes last, like the
 * history it is). A model added to the schema must join one of the two
 * lists; newsroom-export-schema.test.ts fails until it does.
 */
export const sectionNames = [
  "settings",
  "ratings",
  "users",
  "apiTokens",
  "importedFactChecks",
  "sources",
  "articles",
  "articleRevisions",
  "claims",
  "suggestionRejections",
  "verdicts",
  "verdictRevisions",
  "verdictBases",
  "verdictSources",
  "reviews",
  "comments",
  "matchDismissals",
  "reportPublications",
  "auditEvents",
] as const satisfies readonly SectionName[];

/** The Prisma model behind each section. */
export const sectionModels: Record<SectionName, string> = {
  settings: "Setting",
  ratings: "Rating",
  users: "User",
  apiTokens: "ApiToken",
  importedFactChecks: "ImportedFactCheck",
  sources: "Source",
  articles: "Article",
  articleRevisions: "ArticleRevision",
  claims: "Claim",
  suggestionRejections: "SuggestionRejection",
  verdicts: "Verdict",
  verdictRevisions: "VerdictRevision",
  verdictBases: "VerdictBasis",
  verdictSources: "VerdictSource",
  reviews: "Review",
  comments: "Comment",
  matchDismissals: "MatchDismissal",
  reportPublications: "ReportPublication",
  auditEvents: "AuditEvent",
};

/** The models an export leaves out on purpose, for the reasons above. */
export const modelsLeftOut = [
  "Session",
  "SignInThrottle",
  "AccountLink",
  "LiveEvent",
  "Presence",
  "RateLimitBucket",
  "Backup",
  "ArchiveGeneration",
  "ClaimMatchSet",
] as const;

/**
 * Sections added after exports were first written: files from before them
 * lack the table and its count, and mean it was empty.
 */
export const sectionsAddedLater: readonly SectionName[] = [
  "suggestionRejections",
  "importedFactChecks",
  "verdictBases",
  "matchDismissals",
];

const counts = z.strictObject(
  Object.fromEntries(
    sectionNames.map((name) => {
      const count = z.int().nonnegative();
      return [name, sectionsAddedLater.includes(name) ? count.default(0) : count];
    }),
  ) as Record<SectionName, z.ZodInt>,
);

/** Everything before the first section: what the file is and how much is in it. */
export const exportHeaderSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime({ precision: 3 }),
  app: z.strictObject({
    name: z.string(),
    version: z.string(),
    /** The newest migration the exporting database had applied. */
    migration: z.string(),
    database: z.enum(["sqlite", "postgresql"]),
  }),
  counts,
});
export type ExportHeader = z.infer<typeof exportHeaderSchema>;

/**
 * The whole document. The importer never holds it at once (it streams the
 * sections, see read-export-items.ts); this is what the JSON Schema file is
 * generated from and what small documents are checked against in tests.
 */
export const newsroomExportSchema = exportHeaderSchema
  .extend({ ...rowArrays() })
  .meta({ title: "Fact-check newsroom export", description: "The whole newsroom, table by table." });

function rowArrays() {
  return Object.fromEntries(sectionNames.map((name) => [name, z.array(rowSchemas[name])])) as {
    [S in SectionName]: z.ZodArray<(typeof rowSchemas)[S]>;
  };
}
