import { AppError } from "../errors/app-error";
import type { CoincidenceMatrix } from "./coincidence-matrix";

/*
 * Krippendorff's squared difference functions δ²(c, k), by level of
 * measurement. Nominal: any two different values differ by 1. Ordinal: the
 * distance between two ranks grows with how many values were paired on the
 * ranks between them (so a rank nobody used adds no distance). Interval:
 * the squared difference of the numbers.
 */

export const measurementLevels = ["nominal", "ordinal", "interval"] as const;
export type MeasurementLevel = (typeof measurementLevels)[number];

/** δ² between the values at scale indexes c and k. */
export type DifferenceFunction = (c: number, k: number) => number;

export function differenceFunction<V>(
  level: MeasurementLevel,
  matrix: CoincidenceMatrix<V>,
): DifferenceFunction {
  switch (level) {
    case "nominal":
      return (c, k) => (c === k ? 0 : 1);
    case "ordinal":
      return ordinalDifference(matrix.totals);
    case "interval":
      return intervalDifference(matrix.scale);
  }
}

function ordinalDifference(totals: readonly number[]): DifferenceFunction {
  // cumulative[i] = n_0 + … + n_(i−1), so the sum from c to k is cumulative[k + 1] − cumulative[c].
  const cumulative = [0];
  for (const total of totals) cumulative.push(cumulative.at(-1)! + total);
  return (c, k) => {
    const [low, high] = c <= k ? [c, k] : [k, c];
    const between = cumulative[high + 1]! - cumulative[low]! - (totals[low]! + totals[high]!) / 2;
    return between * between;
  };
}

function intervalDifference<V>(scale: readonly V[]): DifferenceFunction {
  const numbers = scale.map((value) => {
    if (typeof value !== "number" || !Number.isFinite(value))
      throw new AppError(
        "VALIDATION",
        `Interval alpha needs numbers, and ${String(value)} is not one. Use the ordinal or nominal level.`,
      );
    return value;
  });
  return (c, k) => (numbers[c]! - numbers[k]!) ** 2;
}
