/**
 * Editors' choices as labelled sentences for retraining the check-worthiness
 * model, in the training file's format (lib/check-worthiness/dataset.ts):
 * a sentence a claim was marked in is "Yes", a rejected suggestion "No".
 */

type Span = { start: number; end: number };

/** One revision's text and its sentences (the stored score spans). */
export interface FeedbackRevision {
  articleId: string;
  articleCreatedAt: Date;
  revision: number;
  text: string;
  sentences: readonly Span[];
}

/** A claim that is not dismissed, anchored at `revision`. */
export type FeedbackClaim = Span & { articleId: string; revision: number };

/** A rejected suggestion: the sentence's span at the revision it was rejected at. */
export type FeedbackRejection = Span & { articleId: string; revision: number };

export interface FeedbackRow {
  id: string;
  text: string;
  label: "Yes" | "No";
}

export const FEEDBACK_HEADER = "Sentence_id\tText\tclass_label";

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const revisionKey = (articleId: string, revision: number) => `${articleId}\u0000${revision}`;

/**
 * Every sentence overlapping a claim (accepted from a suggestion or marked
 * by hand) is "Yes"; every rejected suggestion's sentence is "No", unless a
 * claim makes it "Yes". Each sentence once, ordered by article (oldest
 * first), revision and position. A claim or rejection whose revision is not
 * given is left out.
 */
export function buildFeedbackRows(input: {
  revisions: readonly FeedbackRevision[];
  claims: readonly FeedbackClaim[];
  rejections: readonly FeedbackRejection[];
}): FeedbackRow[] {
  const revisions = new Map(input.revisions.map((r) => [revisionKey(r.articleId, r.revision), r]));
  const labelled = new Map<string, { revision: FeedbackRevision; span: Span; label: FeedbackRow["label"] }>();
  const label = (revision: FeedbackRevision, span: Span, value: FeedbackRow["label"]) => {
    const id = `${revision.articleId}-r${revision.revision}-${span.start}`;
    if (labelled.get(id)?.label !== "Yes") labelled.set(id, { revision, span, label: value });
  };
  for (const rejection of input.rejections) {
    const revision = revisions.get(revisionKey(rejection.articleId, rejection.revision));
    if (revision) label(revision, rejection, "No");
  }
  for (const claim of input.claims) {
    const revision = revisions.get(revisionKey(claim.articleId, claim.revision));
    for (const sentence of revision?.sentences ?? [])
      if (overlaps(sentence, claim)) label(revision!, sentence, "Yes");
  }
  return [...labelled.entries()]
    .sort(([, a], [, b]) => compareRevisions(a.revision, b.revision) || a.span.start - b.span.start)
    .map(([id, { revision, span, label }]) => ({
      id,
      text: oneLine(revision.text.slice(span.start, span.end)),
      label,
    }))
    .filter((row) => row.text !== "");
}

function compareRevisions(a: FeedbackRevision, b: FeedbackRevision): number {
  return (
    a.articleCreatedAt.getTime() - b.articleCreatedAt.getTime() ||
    (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0) ||
    a.revision - b.revision
  );
}

/** The file has no quoting: a tab or line break inside a sentence would split its row. */
function oneLine(text: string): string {
  return text.replace(/[\t\r\n]+/g, " ").trim();
}

/** The rows as the training TSV, header first, one row per line. */
export function renderFeedbackTsv(rows: readonly FeedbackRow[]): string {
  return [FEEDBACK_HEADER, ...rows.map((row) => `${row.id}\t${row.text}\t${row.label}`)].join("\n") + "\n";
}
