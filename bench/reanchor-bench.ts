import { reanchorClaims, type AnchoredClaim } from "@/lib/anchoring/reanchor";
import { diffTexts } from "@/lib/anchoring/text-diff";
import { reanchorWithBaseline } from "./baseline-matcher";
import { buildHeavyEditScenario, buildSmallEditScenario, type Scenario, type Span } from "./edits";
import { measure, ms } from "./measure";
import { buildRealCorpus, type RealLayout } from "./real-corpus";

/*
 * Re-anchoring, ours (diff once, map, search only what moved) against the
 * Hypothesis-style baseline (every quote searched on its own), on scenarios
 * whose true spans the benchmark knows because it made the edits itself.
 */

/** A baseline run longer than this is repeated on a fixed subset of claims instead, and the output says so. */
const BASELINE_BUDGET_MS = 60_000;

export interface Accuracy {
  exact: number;
  overlapping: number;
  wrong: number;
  orphaned: number;
}

interface MethodReport {
  median: number;
  p95: number;
  claims: number;
  accuracy: Accuracy;
}

const OUR_RUNS = 30;
const BASELINE_RUNS = 3;

/** Compare one matcher's spans (null = orphaned) with the truth, claim by claim. */
export function scoreSpans(
  claims: readonly AnchoredClaim[],
  spans: ReadonlyArray<Span | null>,
  truth: Map<string, Span>,
): Accuracy {
  const accuracy: Accuracy = { exact: 0, overlapping: 0, wrong: 0, orphaned: 0 };
  claims.forEach((claim, i) => {
    const span = spans[i] ?? null;
    const expected = truth.get(claim.id);
    if (expected === undefined) throw new Error(`No true span for claim ${claim.id}.`);
    if (span === null) accuracy.orphaned += 1;
    else if (span.start === expected.start && span.end === expected.end) accuracy.exact += 1;
    else if (span.start < expected.end && expected.start < span.end) accuracy.overlapping += 1;
    else accuracy.wrong += 1;
  });
  return accuracy;
}

function runOurs(scenario: Scenario): MethodReport & { diffMedian: number; methods: Record<string, number> } {
  const { oldText, newText, claims, truth } = scenario;
  const results = reanchorClaims(oldText, newText, claims);
  const spans = results.map((r) => (r.state === "anchored" ? r.selector : null));
  const methods: Record<string, number> = {};
  for (const r of results) {
    const key = r.state === "anchored" ? r.method : "orphaned";
    methods[key] = (methods[key] ?? 0) + 1;
  }
  const { median, p95 } = measure(() => reanchorClaims(oldText, newText, claims), OUR_RUNS);
  const diffMedian = measure(() => diffTexts(oldText, newText), OUR_RUNS).median;
  const accuracy = scoreSpans(claims, spans, truth);
  return { median, p95, diffMedian, claims: claims.length, accuracy, methods };
}

function runBaseline(scenario: Scenario): MethodReport & { note: string } {
  const { newText, claims, truth } = scenario;
  const started = performance.now();
  let spans = reanchorWithBaseline(newText, claims);
  let subset = claims;
  let note = "all claims";
  if (performance.now() - started > BASELINE_BUDGET_MS) {
    subset = claims.filter((_, i) => i % 10 === 0);
    note = `SUBSET: every 10th claim (${subset.length}); a full run took over ${BASELINE_BUDGET_MS / 1000} s`;
    spans = reanchorWithBaseline(newText, subset);
  }
  const { median, p95 } = measure(() => reanchorWithBaseline(newText, subset), BASELINE_RUNS, 1);
  return { median, p95, claims: subset.length, accuracy: scoreSpans(subset, spans, truth), note };
}

const formatAccuracy = (a: Accuracy, claims: number): string =>
  `exact ${a.exact}/${claims} (${((100 * a.exact) / claims).toFixed(1)}%), overlapping ${a.overlapping}, wrong ${a.wrong}, orphaned ${a.orphaned}`;

const formatTime = (r: MethodReport, runs: number): string =>
  `median ${ms(r.median)}, p95 ${ms(r.p95)} over ${runs} runs, ${r.claims} claims`;

/** What ours must meet: under `ms`, and when given, at least `ratio` times faster than the baseline. */
export interface Targets {
  ms: number;
  ratio?: number;
}

/**
 * Run one scenario with both matchers and print the comparison, with whether
 * ours met its targets (see Targets), at least 99% exact and none wrong.
 */
export function reportScenario(scenario: Scenario, targets: Targets): void {
  console.log(`\nRe-anchoring, ${scenario.name} edit: ${scenario.description}`);
  const sizes = [scenario.oldText.length, scenario.newText.length].map((n) => n.toLocaleString("en"));
  console.log(`  old ${sizes[0]} → new ${sizes[1]} characters`);

  const ours = runOurs(scenario);
  const methods = Object.entries(ours.methods)
    .map(([method, count]) => `${method} ${count}`)
    .join(", ");
  console.log(`  ours:     ${formatTime(ours, OUR_RUNS)} (diff alone: median ${ms(ours.diffMedian)})`);
  console.log(`            ${formatAccuracy(ours.accuracy, ours.claims)}`);
  console.log(`            by method: ${methods}`);

  const baseline = runBaseline(scenario);
  console.log(`  baseline: ${formatTime(baseline, BASELINE_RUNS)} (${baseline.note})`);
  console.log(`            ${formatAccuracy(baseline.accuracy, baseline.claims)}`);
  const ratio = baseline.median / baseline.claims / (ours.median / ours.claims);
  console.log(`  time ratio baseline/ours: ${ratio.toFixed(0)}× (per claim)`);

  const checks = [
    `time < ${targets.ms} ms ${ours.median < targets.ms ? "met" : "MISSED"}`,
    ...(targets.ratio === undefined
      ? []
      : [`≥ ${targets.ratio}× faster than the baseline ${ratio >= targets.ratio ? "met" : "MISSED"}`]),
    `≥ 99% exact ${ours.accuracy.exact >= 0.99 * ours.claims ? "met" : "MISSED"}`,
    `0 wrong ${ours.accuracy.wrong === 0 ? "met" : "MISSED"}`,
  ];
  console.log(`  targets (ours): ${checks.join("; ")}`);
}

/**
 * The same scenarios on the real-text corpus (bench/real-corpus.ts), in both
 * layouts. A small edit must cost at most a tenth of the baseline's time.
 */
export function reportRealCorpusScenarios(): void {
  for (const layout of ["paragraphs", "pasted"] satisfies RealLayout[]) {
    const corpus = buildRealCorpus(layout);
    if (corpus.text === null) {
      console.log(`\nReal-text corpus: skipped, ${corpus.reason}.`);
      return;
    }
    const paragraphs = corpus.text.split("\n\n").length;
    console.log(
      `\nReal-text corpus, layout "${layout}": ${corpus.text.length.toLocaleString("en")} characters in ${paragraphs} paragraphs, from ${corpus.source}`,
    );
    reportScenario(buildSmallEditScenario(corpus.text), { ms: 5, ratio: 10 });
    reportScenario(buildHeavyEditScenario(corpus.text), { ms: 100 });
  }
}
