// Written by `npm run train:claim-matching` (scripts/train-claim-matching.ts); do not edit by hand.
// Feature order: lib/claim-matching/features.ts FEATURE_NAMES (20 features).
import type { RerankerModel } from "./model";

export const RERANKER_MODEL: RerankerModel = {
  bm25: {
    k1: 0.9,
    b: 0.75,
    titleBoost: 0.5,
  },
  depth: 50,
  means: [
    0.403643, 0.295844, 0.215597, 0.771732, 0.177753, 0.212398, 0.0952272, 0.0358819, 0.0394536, 0.221471,
    0.174537, 0.214825, 0.226661, 0.127911, 0.537792, 0.0899841, 0.187325, 0.1172, 0.070875, 0.603848,
  ],
  scales: [
    0.181587, 0.139111, 0.139427, 0.374746, 0.0849574, 0.139288, 0.0526825, 0.0641573, 0.0938757, 0.0805658,
    0.0848994, 0.410701, 0.398884, 0.134377, 0.44304, 0.156223, 0.390172, 0.321658, 0.256616, 0.121136,
  ],
  weights: [
    0.119426, 0.0565102, 0.198312, -0.645224, 0.305042, -0.234007, 0.985783, -0.269473, 0.0572432, 0.3739,
    0.882226, -0.123381, -0.395268, 0.14311, -0.026078, 0.470375, -0.0726208, -0.203484, -0.0562085, 0.803931,
  ],
  noneScore: 3.5,
  bands: {
    veryLikely: 0.45,
    likely: 0.065,
  },
  trainedOn:
    "CLEF CheckThat! 2020 Task 2 train/ (800 tweets, 10,375 Snopes verified claims); generic features only",
};
