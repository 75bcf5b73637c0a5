import { AppError } from "../errors/app-error";

/*
 * Krippendorff's reliability data and coincidence matrix (Krippendorff 2011,
 * "Computing Krippendorff's Alpha-Reliability"). A unit is the list of the
 * values its coders gave it, one per coder who gave one: a missing value is
 * simply not in the list, so missing data needs no placeholder. A unit with
 * fewer than two values cannot be paired and adds nothing.
 */

/** The values coders gave one unit, one per coder; coders who gave none are left out. */
export type ReliabilityUnit<V> = readonly V[];

export interface CoincidenceMatrix<V> {
  /** The scale, in order; indexes below refer to it. */
  scale: readonly V[];
  /** o[c][k]: how often value c was paired with value k within a unit, each unit weighted 1/(m_u − 1). */
  coincidences: number[][];
  /** n_c: how often each value was paired (the row sums). */
  totals: number[];
  /** n: every pairable value. */
  pairableValues: number;
  /** Units with at least two values. */
  pairableUnits: number;
}

/** The coincidence matrix of `units` on `scale`; throws VALIDATION for a value not on the scale. */
export function coincidenceMatrix<V>(
  units: ReadonlyArray<ReliabilityUnit<V>>,
  scale: readonly V[],
): CoincidenceMatrix<V> {
  const indexOf = new Map(scale.map((value, index) => [value, index]));
  const size = scale.length;
  const coincidences = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  // n_c and n are counted, not summed from the weighted cells, so they stay whole numbers.
  const totals = new Array<number>(size).fill(0);
  let pairableUnits = 0;
  let pairableValues = 0;
  for (const unit of units) {
    if (unit.length < 2) continue;
    pairableUnits += 1;
    pairableValues += unit.length;
    const counts = new Map<number, number>();
    for (const value of unit) {
      const index = indexOf.get(value);
      if (index === undefined)
        throw new AppError(
          "VALIDATION",
          `The value ${String(value)} is not on the scale. Add it to the scale or leave it out.`,
        );
      counts.set(index, (counts.get(index) ?? 0) + 1);
      totals[index] = totals[index]! + 1;
    }
    const weight = 1 / (unit.length - 1);
    for (const [c, countC] of counts) {
      for (const [k, countK] of counts) {
        const row = coincidences[c]!;
        row[k] = row[k]! + weight * countC * (c === k ? countK - 1 : countK);
      }
    }
  }
  return { scale, coincidences, totals, pairableValues, pairableUnits };
}
