import { mulberry32 } from "@/lib/random/mulberry32";
import { FEATURE_DIMENSION, type SparseVector } from "./features";

export type TrainingExample = { vector: SparseVector; label: 0 | 1 };

export type TrainingOptions = {
  epochs: number;
  seed: number;
  learningRate: number;
  l2: number;
  /** Weight of a positive example's loss; negatives weigh 1. Offsets the ~1:3 class imbalance. */
  positiveWeight: number;
};

export const DEFAULT_TRAINING_OPTIONS: TrainingOptions = {
  epochs: 12,
  seed: 16,
  learningRate: 0.1,
  l2: 1e-5,
  positiveWeight: 1,
};

/**
 * Logistic regression with AdaGrad on hashed sparse features, deterministic for a given seed: a seeded
 * shuffle per epoch and a fixed number of epochs. Dense implementations (`ml-logistic-regression`, which
 * builds a full matrix) don't fit ~1M sparse features × 22k sentences, so this small loop is written here.
 * L2 is applied lazily, to the features an example touches.
 */
export function trainLogisticRegression(
  examples: readonly TrainingExample[],
  options: TrainingOptions = DEFAULT_TRAINING_OPTIONS,
): { bias: number; weights: Float64Array } {
  const weights = new Float64Array(FEATURE_DIMENSION);
  const squaredGradients = new Float64Array(FEATURE_DIMENSION);
  let bias = 0;
  let biasSquaredGradient = 0;
  const random = mulberry32(options.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    shuffle(order, random);
    for (const index of order) {
      const { vector, label } = examples[index]!;
      let z = bias;
      for (let i = 0; i < vector.indices.length; i += 1)
        z += weights[vector.indices[i]!]! * vector.values[i]!;
      const error = (1 / (1 + Math.exp(-z)) - label) * (label === 1 ? options.positiveWeight : 1);
      for (let i = 0; i < vector.indices.length; i += 1) {
        const j = vector.indices[i]!;
        const gradient = error * vector.values[i]! + options.l2 * weights[j]!;
        squaredGradients[j]! += gradient * gradient;
        weights[j]! -= (options.learningRate * gradient) / Math.sqrt(squaredGradients[j]! + 1e-8);
      }
      biasSquaredGradient += error * error;
      bias -= (options.learningRate * error) / Math.sqrt(biasSquaredGradient + 1e-8);
    }
  }
  return { bias, weights };
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
