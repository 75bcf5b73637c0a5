/**
 * Pure feature extraction for check-worthiness: a sentence becomes a sparse, L2-normalised vector of
 * hashed features. Training and scoring share this file, so a change here needs a retrain
 * (`npm run train:check-worthiness`).
 */
import { MONTH_NAMES } from "@/lib/dates/month-names";

/** Size of the hashed feature space (2^21; on dev, 2^20 scored AP 0.782, 2^21 0.784, 2^22 0.782): few collisions, still trains in memory. */
export const FEATURE_DIMENSION = 1 << 21;

export type SparseVector = { indices: Uint32Array; values: Float32Array };

const TOKEN = /[a-z]+(?:['’][a-z]+)*|\d+(?:[.,]\d+)*|[%$€£]|[^\s\w]/g;
const YEAR = /^(1[89]|20)\d\d$/;
const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES);
const QUANTITY_WORDS = new Set([
  "percent",
  "million",
  "billion",
  "trillion",
  "thousand",
  "hundred",
  "dollars",
  "times",
  "half",
  "double",
  "doubled",
  "tripled",
  "twice",
  "rate",
  "number",
  "average",
  "tax",
  "taxes",
  "jobs",
]);
const COMPARATIVES = new Set([
  "more",
  "less",
  "fewer",
  "most",
  "least",
  "higher",
  "lower",
  "larger",
  "smaller",
  "bigger",
  "better",
  "worse",
  "best",
  "worst",
  "increased",
  "decreased",
  "increase",
  "decrease",
  "rose",
  "fell",
  "cut",
  "raised",
  "grew",
  "highest",
  "lowest",
  "largest",
  "biggest",
  "record",
  "first",
  "only",
]);
const REPORTED_SPEECH =
  /\b(said|says|say|according to|reported|report|study|studies|shows?|showed|found|voted|vote|claimed?)\b/;
// A capitalised word not at the start of the sentence is a cheap stand-in for a named entity.
const NAME = /(?<=\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*/g;

/** Sentence tokens: lowercase words, numbers, currency and percent signs, punctuation. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

/** Numbers become a class ("<year>", "<num>") so "17 million" and "23 million" share their features. */
export function normalizeToken(token: string): string {
  if (!/^\d/.test(token)) return token;
  return YEAR.test(token) ? "<year>" : "<num>";
}

/** The readable names of every feature of a sentence, before hashing (duplicates allowed). */
export function featureNames(text: string): string[] {
  const tokens = tokenize(text).map(normalizeToken);
  const names = [...cueFeatures(text, tokens), ...wordNgramNames(tokens)];
  const chars = charNgramText(text);
  for (let n = CHAR_NGRAM_MIN; n <= CHAR_NGRAM_MAX; n += 1) {
    for (let i = 0; i + n <= chars.length; i += 1) names.push(`c:${chars.slice(i, i + n)}`);
  }
  return names;
}

// Chosen on dev.tsv (F1 / AP of a full retrain): char 2-4 grams with word n-grams weighted 2× scored
// 0.712 / 0.782, against 0.699 / 0.777 for char 3-5 grams with all features weighted alike. Other
// variants measured there (char 2-5 or 3-6, no word trigrams, word-bounded char n-grams, case-sensitive
// names, raw numbers, heavier cues) moved dev F1 by less than 0.006.
const CHAR_NGRAM_MIN = 2;
const CHAR_NGRAM_MAX = 4;
/** Value of a word n-gram before normalisation; cues and character n-grams count 1. */
const WORD_NGRAM_VALUE = 2;

/** Word 1-3 grams with sentence boundary markers. */
function wordNgramNames(tokens: readonly string[]): string[] {
  const names: string[] = [];
  const padded = ["<s>", ...tokens, "</s>"];
  for (let i = 0; i < padded.length; i += 1) {
    if (i > 0 && i < padded.length - 1) names.push(`w:${padded[i]}`);
    if (i > 0) names.push(`b:${padded[i - 1]} ${padded[i]}`);
    if (i > 1) names.push(`t:${padded[i - 2]} ${padded[i - 1]} ${padded[i]}`);
  }
  return names;
}

/** Lowercased, digits as 0, whitespace collapsed, padded with spaces so n-grams see word edges. */
function charNgramText(text: string): string {
  return ` ${text.toLowerCase().replace(/\d/g, "0").replace(/\s+/g, " ").trim()} `;
}

/** Cues the check-worthiness literature names: numbers, quantities, dates, comparisons, reported speech, names. */
export function cueFeatures(
  text: string,
  tokens: readonly string[] = tokenize(text).map(normalizeToken),
): string[] {
  const cues: string[] = [];
  const lower = text.toLowerCase();
  if (tokens.includes("<num>")) cues.push("f:number");
  if (tokens.includes("<year>")) cues.push("f:year");
  if (/%|\bpercent\b/.test(lower)) cues.push("f:percent");
  if (/[$€£]|\bdollars?\b/.test(lower)) cues.push("f:money");
  if (tokens.some((t) => MONTHS.has(t))) cues.push("f:date");
  if (tokens.some((t) => QUANTITY_WORDS.has(t))) cues.push("f:quantity");
  if (tokens.some((t) => COMPARATIVES.has(t) || /^[a-z]{3,}est$/.test(t))) cues.push("f:comparative");
  if (REPORTED_SPEECH.test(lower)) cues.push("f:reported");
  if (NAME.test(text)) cues.push("f:name");
  NAME.lastIndex = 0;
  if (text.trim().endsWith("?")) cues.push("f:question");
  const length = tokens.length;
  cues.push(`f:length:${length < 5 ? "tiny" : length < 10 ? "short" : length < 25 ? "medium" : "long"}`);
  return cues;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnv(hash: number, text: string): number {
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}

/** 32-bit FNV-1a folded into the feature space: fast, stable across runs and platforms. */
export function hashFeature(name: string): number {
  return (fnv(FNV_OFFSET, name) >>> 0) & (FEATURE_DIMENSION - 1);
}

const CHAR_PREFIX_HASH = fnv(FNV_OFFSET, "c:");

/**
 * The hashed feature vector: presence (word n-grams weigh WORD_NGRAM_VALUE), sorted indices, unit L2 norm. Character n-grams are
 * hashed incrementally (FNV-1a is sequential, so this equals `hashFeature("c:" + gram)`) without
 * building their strings: they are ~3/4 of all features and this keeps a 100k-character article fast.
 */
export function extractFeatures(text: string): SparseVector {
  const tokens = tokenize(text).map(normalizeToken);
  const words = uniqueSorted(wordNgramNames(tokens).map(hashFeature));
  const others = cueFeatures(text, tokens).map(hashFeature);
  const chars = charNgramText(text);
  for (let i = 0; i + CHAR_NGRAM_MIN <= chars.length; i += 1) {
    let hash = CHAR_PREFIX_HASH;
    for (let n = 1; n <= CHAR_NGRAM_MAX && i + n <= chars.length; n += 1) {
      hash = Math.imul(hash ^ chars.charCodeAt(i + n - 1), FNV_PRIME);
      if (n >= CHAR_NGRAM_MIN) others.push((hash >>> 0) & (FEATURE_DIMENSION - 1));
    }
  }
  return mergeNormalized(words, uniqueSorted(others));
}

function uniqueSorted(hashes: number[]): Uint32Array {
  const sorted = Uint32Array.from(hashes).sort();
  let count = 0;
  for (let i = 0; i < sorted.length; i += 1)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[count++] = sorted[i]!;
  return sorted.slice(0, count);
}

/** Merges the word n-gram indices (value WORD_NGRAM_VALUE, which wins a hash collision) with the rest (value 1), then L2-normalises. */
function mergeNormalized(words: Uint32Array, others: Uint32Array): SparseVector {
  const indices = new Uint32Array(words.length + others.length);
  const values = new Float32Array(words.length + others.length);
  let w = 0;
  let o = 0;
  let count = 0;
  let squares = 0;
  while (w < words.length || o < others.length) {
    const nextWord = w < words.length ? words[w]! : Infinity;
    const nextOther = o < others.length ? others[o]! : Infinity;
    const index = Math.min(nextWord, nextOther);
    const value = nextWord === index ? WORD_NGRAM_VALUE : 1;
    if (nextWord === index) w += 1;
    if (nextOther === index) o += 1;
    indices[count] = index;
    values[count] = value;
    squares += value * value;
    count += 1;
  }
  const norm = Math.sqrt(squares) || 1;
  for (let i = 0; i < count; i += 1) values[i]! /= norm;
  return { indices: indices.slice(0, count), values: values.slice(0, count) };
}
