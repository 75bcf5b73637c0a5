import { MONTH_NAMES } from "@/lib/dates/month-names";
import { idf, type Bm25Index, type Field, type FieldScores } from "./bm25-index";
import { capitalisedNames, normalizeText, numbersOf, termsOfWords, words } from "./normalize";

const MONTHS: readonly string[] = MONTH_NAMES;
const MONTH_YEAR = new RegExp(
  `\\b(${MONTHS.join("|")})\\b(?:\\s+\\d{1,2},?)?\\s+((?:19|20)\\d\\d)\\b`,
  "giu",
);

/** Years and month-years named in a text; a tweet's signature date ("December 11, 2019") counts. */
function datesOf(text: string): { years: Set<string>; months: Set<string> } {
  const years = new Set(text.match(/\b(?:19|20)\d\d\b/g) ?? []);
  const months = new Set<string>();
  for (const [, month, year] of text.matchAll(MONTH_YEAR)) {
    months.add(`${year}-${MONTHS.indexOf(month!.toLowerCase()) + 1}`);
  }
  return { years, months };
}

/** What a text contributes to the reranker, computed once per query and once per candidate. */
export type TextProfile = {
  terms: string[];
  termSet: Set<string>;
  bigrams: Set<string>;
  trigrams: Map<string, number>;
  trigramNorm: number;
  numbers: Set<string>;
  names: Set<string>;
  /** Years the text names, with the tweet signature's year first when there is one. */
  years: Set<string>;
  /** "2019-12" for each month-and-year the text names (and its signature's date). */
  months: Set<string>;
};

export function profileOf(text: string): TextProfile {
  const normalized = normalizeText(text);
  const terms = termsOfWords(words(normalized));
  const bigrams = new Set<string>();
  for (let i = 1; i < terms.length; i += 1) bigrams.add(`${terms[i - 1]} ${terms[i]}`);
  const trigrams = new Map<string, number>();
  const padded = ` ${normalized.replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  for (let i = 0; i + 3 <= padded.length; i += 1) {
    const gram = padded.slice(i, i + 3);
    trigrams.set(gram, (trigrams.get(gram) ?? 0) + 1);
  }
  let squares = 0;
  for (const count of trigrams.values()) squares += count * count;
  return {
    terms,
    termSet: new Set(terms),
    bigrams,
    trigrams,
    trigramNorm: Math.sqrt(squares) || 1,
    numbers: numbersOf(normalized),
    names: capitalisedNames(text),
    ...datesOf(text),
  };
}

export const FEATURE_NAMES = [
  "bm25 / best bm25",
  "text bm25 / best bm25",
  "title bm25 / best bm25",
  "bm25 per query term",
  "text terms covered by query (idf)",
  "title terms covered by query (idf)",
  "query terms covered by claim (idf)",
  "text bigrams in query",
  "title bigrams in query",
  "text trigram cosine",
  "title trigram cosine",
  "shares a number",
  "claim numbers missing from query",
  "claim names in query",
  "log length ratio",
  "reciprocal rank",
  "claim names a year the query names",
  "claim names only other years",
  "claim names a month the query names",
  "rarest shared term / rarest query term (idf)",
] as const;

export type Candidate = { scores: FieldScores; text: TextProfile; title: TextProfile };

/** The reranker's features of one candidate; `best` is the first-stage score of the query's top candidate. */
export function candidateFeatures(
  index: Bm25Index,
  query: TextProfile,
  candidate: Candidate,
  best: number,
  rank: number,
): number[] {
  const { scores, text, title } = candidate;
  const top = best || 1;
  const claimTerms = new Set([...text.termSet, ...title.termSet]);
  return [
    scores.combined / top,
    scores.text / top,
    scores.title / top,
    scores.combined / Math.max(1, query.termSet.size),
    coverage(index, "text", text.termSet, query.termSet),
    coverage(index, "title", title.termSet, query.termSet),
    coverage(index, "text", query.termSet, claimTerms),
    shareIn(text.bigrams, query.bigrams),
    shareIn(title.bigrams, query.bigrams),
    cosine(query, text),
    cosine(query, title),
    [...text.numbers].some((n) => query.numbers.has(n)) ? 1 : 0,
    text.numbers.size === 0 ? 0 : 1 - shareIn(text.numbers, query.numbers),
    shareIn(new Set([...text.names, ...title.names]), query.names),
    Math.log((query.terms.length + 1) / (text.terms.length + 1)),
    1 / (rank + 1),
    [...text.years].some((year) => query.years.has(year)) ? 1 : 0,
    text.years.size > 0 && query.years.size > 0 && ![...text.years].some((year) => query.years.has(year))
      ? 1
      : 0,
    [...text.months].some((month) => query.months.has(month)) ? 1 : 0,
    rarestShared(index, query.termSet, claimTerms),
  ];
}

/** Where candidateFeatures puts the idf-weighted share of the claim's words in the query, and of the query's in the claim. */
const CLAIM_COVERED = 4;
const QUERY_COVERED = 6;

/** The larger of the two shares: how much of the words' weight a query and a candidate have in common. */
export function wordOverlap(features: readonly number[]): number {
  return Math.max(features[CLAIM_COVERED] ?? 0, features[QUERY_COVERED] ?? 0);
}

function rarestShared(index: Bm25Index, query: Set<string>, claim: Set<string>): number {
  let rarest = 0;
  let shared = 0;
  for (const term of query) {
    const weight = idf(index, "text", term);
    rarest = Math.max(rarest, weight);
    if (claim.has(term)) shared = Math.max(shared, weight);
  }
  return rarest === 0 ? 0 : shared / rarest;
}

/** Share of `of`'s idf mass that is also in `within`. */
function coverage(index: Bm25Index, field: Field, of: Set<string>, within: Set<string>): number {
  let total = 0;
  let covered = 0;
  for (const term of of) {
    const weight = idf(index, field, term);
    total += weight;
    if (within.has(term)) covered += weight;
  }
  return total === 0 ? 0 : covered / total;
}

function shareIn(of: Set<string>, within: Set<string>): number {
  if (of.size === 0) return 0;
  let shared = 0;
  for (const item of of) if (within.has(item)) shared += 1;
  return shared / of.size;
}

function cosine(a: TextProfile, b: TextProfile): number {
  let dot = 0;
  const [small, large] = a.trigrams.size < b.trigrams.size ? [a, b] : [b, a];
  for (const [gram, count] of small.trigrams) dot += count * (large.trigrams.get(gram) ?? 0);
  return dot / (a.trigramNorm * b.trigramNorm);
}
