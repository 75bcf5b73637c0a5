import { bestThreshold, evaluateAtThreshold, type BinaryMetrics } from "./evaluate";
import { extractFeatures, type SparseVector } from "./features";
import { decodeWeights, encodeWeights, scoreVector, type EncodedWeights } from "./model";
import type { LabelledSentence } from "./dataset";
import { DEFAULT_TRAINING_OPTIONS, trainLogisticRegression, type TrainingOptions } from "./train";

export type TrainingRun = { encoded: EncodedWeights; dev: BinaryMetrics; devTest: BinaryMetrics };

/**
 * Trains on `train`, picks the threshold that maximises F1 on `dev`, and measures the committed
 * (pruned, quantised) model on both `dev` and the held-out `devTest`, which plays no part in any choice.
 */
export function runTraining(
  sets: {
    train: readonly LabelledSentence[];
    dev: readonly LabelledSentence[];
    devTest: readonly LabelledSentence[];
  },
  trainedOn: string,
  options: TrainingOptions = DEFAULT_TRAINING_OPTIONS,
  /** Another featuriser trains a comparison model in the same way (the bench's word-unigram baseline). */
  featurize: (text: string) => SparseVector = extractFeatures,
): TrainingRun {
  const examples = sets.train.map((s) => ({ vector: featurize(s.text), label: s.label }));
  const trained = trainLogisticRegression(examples, options);
  // Quantise first, then tune the threshold on the model that will actually be committed.
  const draft = encodeWeights({ ...trained, threshold: 0.5 }, trainedOn);
  const model = decodeWeights(draft);
  const score = (set: readonly LabelledSentence[]) => set.map((s) => scoreVector(model, featurize(s.text)));
  const devScores = score(sets.dev);
  const devLabels = sets.dev.map((s) => s.label);
  const threshold = bestThreshold(devScores, devLabels);
  return {
    encoded: { ...draft, threshold: Number(threshold.toFixed(6)) },
    dev: evaluateAtThreshold(devScores, devLabels, threshold),
    devTest: evaluateAtThreshold(
      score(sets.devTest),
      sets.devTest.map((s) => s.label),
      threshold,
    ),
  };
}
