import { describe, expect, it } from "vitest";
import { datasetFile, readLabelledSentences } from "./dataset";
import { decodeWeights, encodeWeights } from "./model";
import { runTraining } from "./training-run";
import { DEFAULT_TRAINING_OPTIONS } from "./train";

// A small fixed retrain, so a change to features, training or encoding cannot slip by unnoticed.
// These figures were computed once with this slice; if a deliberate change moves them, retrain the
// committed weights too (`npm run train:check-worthiness`) and update both.
const SLICE_METRICS = { devF1: 0.6366, devAp: 0.6897, devTestF1: 0.5034, devTestAp: 0.623 };

describe("runTraining", () => {
  it("retrains on the first 2,000 train rows (2 epochs) and reproduces the known scores", () => {
    const sets = {
      train: readLabelledSentences(datasetFile("train")).slice(0, 2000),
      dev: readLabelledSentences(datasetFile("dev")),
      devTest: readLabelledSentences(datasetFile("dev-test")),
    };
    const run = runTraining(sets, "slice", { ...DEFAULT_TRAINING_OPTIONS, epochs: 2 });
    expect(run.dev.f1.toFixed(4)).toBe(SLICE_METRICS.devF1.toFixed(4));
    expect(run.dev.averagePrecision.toFixed(4)).toBe(SLICE_METRICS.devAp.toFixed(4));
    expect(run.devTest.f1.toFixed(4)).toBe(SLICE_METRICS.devTestF1.toFixed(4));
    expect(run.devTest.averagePrecision.toFixed(4)).toBe(SLICE_METRICS.devTestAp.toFixed(4));
    expect(
      JSON.stringify(runTraining(sets, "slice", { ...DEFAULT_TRAINING_OPTIONS, epochs: 2 }).encoded),
    ).toBe(JSON.stringify(run.encoded));
  });
});

describe("encodeWeights", () => {
  it("round-trips the kept weights within quantisation error", () => {
    const weights = new Float64Array(64);
    weights[3] = 0.5;
    weights[40] = -1.25;
    weights[63] = 2;
    const decoded = decodeWeights(encodeWeights({ bias: -0.75, weights, threshold: 0.4 }, "test"));
    expect(decoded.bias).toBe(-0.75);
    expect(decoded.threshold).toBe(0.4);
    expect(decoded.weights[3]).toBeCloseTo(0.5, 3);
    expect(decoded.weights[40]).toBeCloseTo(-1.25, 3);
    expect(decoded.weights[63]).toBeCloseTo(2, 3);
    expect(decoded.weights[4]).toBe(0);
  });
});
