import type { SparseVector } from "./features";

/** A trained linear model in its committed form (weights.json): quantised weights of the non-zero features. */
export type EncodedWeights = {
  format: 1;
  dimension: number;
  /** Chosen on dev.tsv: the score at or above which a sentence is check-worthy. */
  threshold: number;
  bias: number;
  /** Weight = quantised value × scale. */
  scale: number;
  /** Base64 of little-endian uint32 gaps between successive non-zero feature indices. */
  indices: string;
  /** Base64 of little-endian int16 quantised weights, in index order. */
  weights: string;
  trainedOn: string;
};

export type LinearModel = { bias: number; weights: Float32Array; threshold: number };

/**
 * Only the largest weights (by absolute value) are committed: most of the ~550k non-zero weights belong to
 * n-grams seen once, and dropping them costs little (measured on dev: AP 0.777 with all, 0.775 with 300k, 0.765 with 150k)
 * while keeping weights.json near 2.3 MB.
 */
export const MAX_COMMITTED_WEIGHTS = 300_000;

export function scoreVector(model: LinearModel, vector: SparseVector): number {
  let z = model.bias;
  for (let i = 0; i < vector.indices.length; i += 1) {
    z += (model.weights[vector.indices[i]!] ?? 0) * vector.values[i]!;
  }
  return 1 / (1 + Math.exp(-z));
}

export function decodeWeights(encoded: EncodedWeights): LinearModel {
  const gaps = new Uint32Array(toArrayBuffer(encoded.indices));
  const quantised = new Int16Array(toArrayBuffer(encoded.weights));
  const weights = new Float32Array(encoded.dimension);
  let index = 0;
  for (let i = 0; i < gaps.length; i += 1) {
    index += gaps[i]!;
    weights[index] = quantised[i]! * encoded.scale;
  }
  return { bias: encoded.bias, weights, threshold: encoded.threshold };
}

/** Prunes near-zero weights and quantises the rest to int16, so the file stays small and byte-for-byte reproducible. */
export function encodeWeights(
  model: { bias: number; weights: ArrayLike<number>; threshold: number },
  trainedOn: string,
): EncodedWeights {
  const magnitudes = Float64Array.from(model.weights, Math.abs).sort().reverse();
  const largest = magnitudes[0] ?? 0;
  // Ties at the cut are all kept: deterministic, and at most a few weights over the budget.
  const cut = magnitudes[Math.min(MAX_COMMITTED_WEIGHTS, magnitudes.length) - 1] ?? 0;
  const scale = Number(((largest || 1) / 32767).toPrecision(6));
  const gaps: number[] = [];
  const values: number[] = [];
  let previous = 0;
  for (let i = 0; i < model.weights.length; i += 1) {
    const weight = model.weights[i]!;
    const quantised = Math.round(weight / scale);
    if (Math.abs(weight) < cut || weight === 0 || quantised === 0) continue;
    gaps.push(i - previous);
    values.push(Math.max(-32767, Math.min(32767, quantised)));
    previous = i;
  }
  return {
    format: 1,
    dimension: model.weights.length,
    threshold: Number(model.threshold.toFixed(6)),
    bias: Number(model.bias.toFixed(8)),
    scale,
    indices: Buffer.from(Uint32Array.from(gaps).buffer).toString("base64"),
    weights: Buffer.from(Int16Array.from(values).buffer).toString("base64"),
    trainedOn,
  };
}

function toArrayBuffer(base64: string): ArrayBuffer {
  const bytes = Buffer.from(base64, "base64");
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
