import { coincidenceMatrix, type ReliabilityUnit } from "./coincidence-matrix";
import { differenceFunction, type MeasurementLevel } from "./difference-functions";

/*
 * Krippendorff's alpha, α = 1 − D_o / D_e, computed from the coincidence
 * matrix as in Krippendorff (2011), "Computing Krippendorff's Alpha-
 * Reliability":
 *   D_o = (1/n) Σ_c Σ_k o_ck δ²_ck                 (observed disagreement)
 *   D_e = 1/(n(n − 1)) Σ_c Σ_k n_c n_k δ²_ck       (disagreement expected by chance)
 * 1 is perfect agreement, 0 agreement no better than chance; negative
 * values mean systematic disagreement. Krippendorff's guide: rely on data
 * with α ≥ 0.800, draw only tentative conclusions from 0.667 to 0.800.
 *
 * Alpha is not computable in two cases, returned as null with a reason
 * rather than a made-up number: no unit has two values to pair, or every
 * pairable value is the same, so D_e = 0 and the data say nothing about
 * reliability (the raw agreement is then 100%).
 */

export type AlphaGap = "no_pairable_units" | "no_variation";

interface AlphaCounts {
  pairableUnits: number;
  pairableValues: number;
}

export type AlphaResult =
  | (AlphaCounts & { alpha: number; observedDisagreement: number; expectedDisagreement: number })
  | (AlphaCounts & { alpha: null; reason: AlphaGap });

/** Krippendorff's alpha of `units` at `level`, on `scale` (the values in order; order matters for ordinal). */
export function krippendorffAlpha<V>(
  units: ReadonlyArray<ReliabilityUnit<V>>,
  level: MeasurementLevel,
  scale: readonly V[],
): AlphaResult {
  const matrix = coincidenceMatrix(units, scale);
  const { pairableUnits, pairableValues: n, coincidences, totals } = matrix;
  const counts = { pairableUnits, pairableValues: n };
  if (pairableUnits === 0) return { ...counts, alpha: null, reason: "no_pairable_units" };
  const delta = differenceFunction(level, matrix);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < scale.length; c += 1) {
    for (let k = 0; k < scale.length; k += 1) {
      if (c === k) continue; // δ²(c, c) is 0 at every level
      const difference = delta(c, k);
      observed += coincidences[c]![k]! * difference;
      expected += totals[c]! * totals[k]! * difference;
    }
  }
  const observedDisagreement = observed / n;
  const expectedDisagreement = expected / (n * (n - 1));
  if (expectedDisagreement === 0) return { ...counts, alpha: null, reason: "no_variation" };
  return {
    ...counts,
    alpha: 1 - observedDisagreement / expectedDisagreement,
    observedDisagreement,
    expectedDisagreement,
  };
}
