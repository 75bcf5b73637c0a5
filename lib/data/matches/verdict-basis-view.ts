import type { VerdictBasisView } from "./match-types";

/** A stored VerdictBasis row as the app and the API show it. */
export function toVerdictBasisView(row: {
  entryId: string;
  statement: string;
  ratingLabel: string;
  publisher: string;
  url: string | null;
  publishedAt: Date | null;
}): VerdictBasisView {
  return {
    entryId: row.entryId,
    statement: row.statement,
    ratingLabel: row.ratingLabel,
    publisher: row.publisher,
    url: row.url,
    publishedAt: row.publishedAt ? row.publishedAt.toISOString().slice(0, 10) : null,
  };
}
