import type { Tx } from "@/lib/db/client";
import type { SectionName } from "./row-schemas";

type Row = Record<string, unknown>;

/** The few Prisma delegate methods export and import need, the same for every table. */
export interface Table {
  count(): Promise<number>;
  findMany(args: { where?: Row; orderBy: Row; take: number }): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<{ count: number }>;
  deleteMany(): Promise<{ count: number }>;
}

const delegates: Record<SectionName, (tx: Tx) => unknown> = {
  settings: (tx) => tx.setting,
  ratings: (tx) => tx.rating,
  users: (tx) => tx.user,
  apiTokens: (tx) => tx.apiToken,
  importedFactChecks: (tx) => tx.importedFactCheck,
  sources: (tx) => tx.source,
  articles: (tx) => tx.article,
  articleRevisions: (tx) => tx.articleRevision,
  claims: (tx) => tx.claim,
  suggestionRejections: (tx) => tx.suggestionRejection,
  verdicts: (tx) => tx.verdict,
  verdictRevisions: (tx) => tx.verdictRevision,
  verdictBases: (tx) => tx.verdictBasis,
  verdictSources: (tx) => tx.verdictSource,
  reviews: (tx) => tx.review,
  comments: (tx) => tx.comment,
  matchDismissals: (tx) => tx.matchDismissal,
  reportPublications: (tx) => tx.reportPublication,
  auditEvents: (tx) => tx.auditEvent,
};

/**
 * The table behind a section. Prisma's delegates share these methods but not
 * a type, so they are reached through this one untyped seam; the rows are
 * typed by the section's zod schema (row-schemas.ts) on the way in.
 */
export function tableOf(tx: Tx, section: SectionName): Table {
  return delegates[section](tx) as Table;
}

/** The primary key rows are paged by: every table's `id`, but Setting's `key` and VerdictBasis's `verdictId` (one per verdict). */
export function primaryKeyOf(section: SectionName): "id" | "key" | "verdictId" {
  if (section === "settings") return "key";
  return section === "verdictBases" ? "verdictId" : "id";
}
