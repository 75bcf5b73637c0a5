/**
 * What the app shows of a fact-check archive entry (lib/data/archive): one
 * of the newsroom's approved claims, or a fact-check imported from another
 * publisher's ClaimReview. Plain data, safe to pass to client components.
 */
export interface ArchiveEntryView {
  /** archiveEntryId: "claim:{id}" or "fact-check:{id}". */
  id: string;
  kind: "claim" | "fact-check";
  statement: string;
  /**
   * The rating as its publisher gave it. For the newsroom's own claims it is
   * one of its ratings (key, colour and short code as RatingChip shows them);
   * an imported fact-check's rating is the publisher's words, with no colour.
   */
  rating: { label: string; key: string | null; shortCode: string | null; color: string | null };
  /** The newsroom's organisation name for its own claims; the ClaimReview's publisher otherwise. */
  publisher: string;
  /** The day it was approved or published (YYYY-MM-DD), or null when unknown. */
  date: string | null;
  /**
   * Where to read it: the imported ClaimReview's url (absolute), the
   * newsroom's published report of the claim's article (a same-site path,
   * /public/reports/{articleId}) or, unpublished, null.
   */
  url: string | null;
  /** The claim page inside the app, for the newsroom's own claims; null for imported ones. */
  claimPath: string | null;
  /** The article a newsroom claim is in; null for imported ones. */
  articleTitle: string | null;
}

/** A likely match for a claim: the entry, its score from 0 to 1 and that score in words. */
export interface ClaimMatchView extends ArchiveEntryView {
  score: number;
  /** relevanceLabel(score, overlap), e.g. "very likely the same claim". */
  relevance: string;
}

/** A claim's matches as the page shows them, and whether the search for them is still to run. */
export interface ClaimMatches {
  matches: ClaimMatchView[];
  /** True while the background search has not yet run for the claim's current statement. */
  pending: boolean;
}

/**
 * What a verdict started from a match begins with: copied from the entry,
 * for the reviewer to check and change before saving. `ratingKey` is null
 * when the entry's rating maps to none of the newsroom's ratings (an
 * imported one in the publisher's own words); the form then asks for one.
 */
export interface VerdictStart {
  basedOn: ArchiveEntryView;
  ratingKey: string | null;
  summary: string;
  rationale: string;
  sources: Array<{ url: string; title: string; publisher: string }>;
}

/** The "based on" a verdict records, as the report shows it (a snapshot of the entry when the verdict began). */
export interface VerdictBasisView {
  entryId: string;
  statement: string;
  ratingLabel: string;
  publisher: string;
  /** Absolute http(s) address or same-site path; null when the entry had no public page. */
  url: string | null;
  /** YYYY-MM-DD, or null. */
  publishedAt: string | null;
}
