import type { ReliabilityUnit } from "./coincidence-matrix";

export interface RawAgreement {
  /** agreeingPairs / pairs, or null when no unit has two values. */
  share: number | null;
  /** Pairs of values within one unit that are equal. */
  agreeingPairs: number;
  /** Every pair of values within one unit: m(m − 1)/2 for a unit with m values. */
  pairs: number;
}

/**
 * The plain share of agreement: of all pairs of values given to the same
 * unit, the share that are equal. Unlike alpha it does not discount the
 * agreement chance alone would produce, so it reads high when most units
 * get the same value; it is shown next to alpha, never instead of it. Each
 * pair counts once, so a unit with three values weighs three pairs.
 */
export function rawAgreement<V>(units: ReadonlyArray<ReliabilityUnit<V>>): RawAgreement {
  let pairs = 0;
  let agreeingPairs = 0;
  for (const unit of units) {
    if (unit.length < 2) continue;
    pairs += (unit.length * (unit.length - 1)) / 2;
    const counts = new Map<V, number>();
    for (const value of unit) counts.set(value, (counts.get(value) ?? 0) + 1);
    for (const count of counts.values()) agreeingPairs += (count * (count - 1)) / 2;
  }
  return { share: pairs === 0 ? null : agreeingPairs / pairs, agreeingPairs, pairs };
}
