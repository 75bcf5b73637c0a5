// Check-worthiness (issue 16): quality on the held-out dev-test.tsv against a word-unigram baseline
// trained in the same run, and scoring speed.
import { datasetFile, readLabelledSentences, type LabelledSentence } from "@/lib/check-worthiness/dataset";
import { evaluateAtThreshold } from "@/lib/check-worthiness/evaluate";
import { hashFeature, normalizeToken, tokenize, type SparseVector } from "@/lib/check-worthiness/features";
import { CHECK_WORTHY_THRESHOLD, scoreSentences } from "@/lib/check-worthiness/score-sentences";
import { DEFAULT_TRAINING_OPTIONS } from "@/lib/check-worthiness/train";
import { runTraining } from "@/lib/check-worthiness/training-run";
import { measure, ms } from "./measure";

/** The "simple n-gram baseline": binary word unigrams, same logistic regression, training and threshold choice as the model. */
function unigramVector(text: string): SparseVector {
  const indices = [...new Set(tokenize(text).map((t) => hashFeature(`w:${normalizeToken(t)}`)))].sort(
    (a, b) => a - b,
  );
  return {
    indices: Uint32Array.from(indices),
    values: new Float32Array(indices.length).fill(1 / Math.sqrt(indices.length || 1)),
  };
}

/** Dataset sentences, in file order, until the text reaches 100,000 characters. */
function articleSentences(sentences: LabelledSentence[]): string[] {
  const picked: string[] = [];
  let length = 0;
  for (let i = 0; length < 100_000; i += 1) {
    const text = sentences[i % sentences.length]!.text;
    picked.push(text);
    length += text.length + 1;
  }
  return picked;
}

export function benchmarkCheckWorthiness(): void {
  const train = readLabelledSentences(datasetFile("train"));
  const dev = readLabelledSentences(datasetFile("dev"));
  const devTest = readLabelledSentences(datasetFile("dev-test"));
  const loadStarted = performance.now();
  scoreSentences(["Warm-up."]);
  const loadTime = performance.now() - loadStarted;

  const ours = evaluateAtThreshold(
    scoreSentences(devTest.map((s) => s.text)),
    devTest.map((s) => s.label),
    CHECK_WORTHY_THRESHOLD,
  );
  const baseline = runTraining(
    { train, dev, devTest },
    "baseline",
    DEFAULT_TRAINING_OPTIONS,
    unigramVector,
  ).devTest;
  const f = (value: number) => value.toFixed(4);
  console.log(
    `\nCheck-worthiness on dev-test.tsv (${devTest.length} sentences, threshold ${CHECK_WORTHY_THRESHOLD} from dev):`,
  );
  console.log(
    `  model:    F1 ${f(ours.f1)} (P ${f(ours.precision)}, R ${f(ours.recall)}), AP ${f(ours.averagePrecision)}`,
  );
  console.log(
    `  baseline: F1 ${f(baseline.f1)} (P ${f(baseline.precision)}, R ${f(baseline.recall)}), AP ${f(baseline.averagePrecision)} (word unigrams, same run)`,
  );
  console.log(
    `  ratio model/baseline: F1 ${(ours.f1 / baseline.f1).toFixed(3)}, AP ${(ours.averagePrecision / baseline.averagePrecision).toFixed(3)}`,
  );

  const article = articleSentences(train);
  const timing = measure(() => scoreSentences(article), 20, 3);
  const characters = article.reduce((sum, s) => sum + s.length + 1, 0);
  console.log(`  weights load (first call): ${ms(loadTime)}`);
  console.log(
    `  ${characters.toLocaleString("en")}-character article (${article.length} sentences, already split): median ${ms(timing.median)}, p95 ${ms(timing.p95)}; ${Math.round((article.length / timing.median) * 1000).toLocaleString("en")} sentences/s`,
  );
}
