import { extractFeatures } from "./features";
import { decodeWeights, scoreVector, type EncodedWeights, type LinearModel } from "./model";
import encodedWeights from "./weights.json";

let model: LinearModel | undefined;

function loadModel(): LinearModel {
  model ??= decodeWeights(encodedWeights as EncodedWeights);
  return model;
}

export { CHECK_WORTHY_THRESHOLD } from "./threshold";

/** One check-worthiness score in [0, 1] per (already split) sentence; deterministic, offline. */
export function scoreSentences(texts: readonly string[]): number[] {
  const loaded = loadModel();
  return texts.map((text) => scoreVector(loaded, extractFeatures(text)));
}
