import type { SessionUser } from "@/lib/auth/roles";
import { db, type Tx } from "@/lib/db/client";
import { canAnnotateClaims } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import {
  buildFeedbackRows,
  renderFeedbackTsv,
  type FeedbackRevision,
  type FeedbackRow,
} from "@/lib/suggestions/feedback-rows";
import { readRevisionScores } from "./revision-scores";

export interface FeedbackExport {
  rows: FeedbackRow[];
  /** The rows as the training TSV (`npm run train:check-worthiness -- --extra FILE`). */
  tsv: string;
  /** A name for the download: check-worthiness-feedback-2026-12-03.tsv. */
  filename: string;
}

/**
 * Every article's accepted, hand-marked and rejected sentences as labelled
 * training rows (see lib/suggestions/feedback-rows.ts), read in one
 * transaction so claims and rejections agree with the revisions they name.
 * Editors and admins: the people whose choices these are.
 */
export async function exportFeedback(actor: SessionUser): Promise<FeedbackExport> {
  assertAllowed(canAnnotateClaims(actor), "Only editors and admins can export suggestion feedback.");
  const rows = await db.$transaction((tx) => loadFeedbackRows(tx), { timeout: 120_000 });
  const day = new Date().toISOString().slice(0, 10);
  return { rows, tsv: renderFeedbackTsv(rows), filename: `check-worthiness-feedback-${day}.tsv` };
}

async function loadFeedbackRows(tx: Tx): Promise<FeedbackRow[]> {
  const [claimRows, rejectionRows] = await Promise.all([
    tx.claim.findMany({
      where: { dismissedAt: null, anchorState: "anchored" },
      select: { articleId: true, anchoredRevision: true, start: true, end: true },
    }),
    tx.suggestionRejection.findMany({
      select: { articleId: true, revision: true, start: true, end: true },
    }),
  ]);
  const claims = claimRows.map(({ anchoredRevision, ...claim }) => ({
    ...claim,
    revision: anchoredRevision,
  }));
  const revisions = await loadRevisions(tx, [...claims, ...rejectionRows]);
  return buildFeedbackRows({ revisions, claims, rejections: rejectionRows });
}

/** The revisions the claims and rejections name, with their sentences and their article's age. */
async function loadRevisions(
  tx: Tx,
  references: ReadonlyArray<{ articleId: string; revision: number }>,
): Promise<FeedbackRevision[]> {
  const wanted = new Set(references.map((r) => `${r.articleId}:${r.revision}`));
  const articleIds = [...new Set(references.map((r) => r.articleId))];
  if (articleIds.length === 0) return [];
  const rows = await tx.articleRevision.findMany({
    where: { articleId: { in: articleIds } },
    select: {
      id: true,
      articleId: true,
      number: true,
      text: true,
      sentenceScores: true,
      article: { select: { createdAt: true } },
    },
  });
  const revisions: FeedbackRevision[] = [];
  for (const row of rows.filter((r) => wanted.has(`${r.articleId}:${r.number}`))) {
    revisions.push({
      articleId: row.articleId,
      articleCreatedAt: row.article.createdAt,
      revision: row.number,
      text: row.text,
      sentences: await readRevisionScores(tx, row),
    });
  }
  return revisions;
}
