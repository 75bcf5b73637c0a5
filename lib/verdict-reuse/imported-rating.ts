/** A rating of the newsroom's scale, as mapping reads it: `value` is its ClaimReview ratingValue (higher is truer). */
export interface ScaleRating {
  key: string;
  label: string;
  value: number | null;
}

/** An imported ClaimReview's rating: the publisher's words and, when it gave them, its numbers. */
export interface ImportedRating {
  ratingName: string;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
}

const fold = (text: string) => text.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");

/**
 * Which of the newsroom's ratings a verdict started from an imported
 * fact-check begins with: the one with the same name; else, when the
 * publisher gave a number on a scale (ratingValue between worstRating and
 * bestRating), the rating at the same place on the newsroom's numeric
 * scale; else none, and the reviewer chooses. Either way the reviewer checks
 * it before saving: publishers' scales do not line up exactly.
 */
export function mapImportedRating(rating: ImportedRating, scale: readonly ScaleRating[]): string | null {
  const name = fold(rating.ratingName);
  const named = scale.find((r) => fold(r.label) === name || fold(r.key) === name);
  if (named) return named.key;
  const { ratingValue: value, bestRating: best, worstRating: worst } = rating;
  if (value === null || best === null || worst === null || best === worst) return null;
  const place = (value - worst) / (best - worst);
  if (!(place >= 0 && place <= 1)) return null;
  const numeric = scale.filter((r): r is ScaleRating & { value: number } => r.value !== null);
  if (numeric.length < 2) return null;
  const values = numeric.map((r) => r.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (low === high) return null;
  const target = low + place * (high - low);
  return numeric.reduce((best, r) => (Math.abs(r.value - target) < Math.abs(best.value - target) ? r : best))
    .key;
}
