import { z } from "zod";
import { isCalendarDate } from "../import/calendar-date";

/*
 * The Quality page's date range: two UTC calendar days, both included, from
 * `?from=YYYY-MM-DD&to=YYYY-MM-DD`. A blank end takes its default (the last
 * 90 days, ending today); a range that cannot be used is reported field by
 * field and the page shows the default range instead.
 */

export const DEFAULT_RANGE_DAYS = 90;
/** Ten years: a monthly chart past that is no longer small. */
export const MAX_RANGE_DAYS = 3660;

const DAY_MS = 86_400_000;

export interface DayRange {
  /** YYYY-MM-DD, UTC, included. */
  from: string;
  /** YYYY-MM-DD, UTC, included. */
  to: string;
}

const day = (what: string) =>
  z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, `Give the ${what} date as YYYY-MM-DD, e.g. 2025-03-14.`)
        .refine(isCalendarDate, `That ${what} date does not exist. Check the day and month.`)
        .optional(),
    )
    .optional();

/** `?from&to`; a blank field is left out. The order and length of the range are checked by parseQualityRange. */
export const qualityRangeSchema = z.object({ from: day("from"), to: day("to") });

const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const startOf = (value: string) => new Date(`${value}T00:00:00.000Z`);
const addDays = (value: string, days: number) => dayOf(new Date(startOf(value).getTime() + days * DAY_MS));

/** The last 90 days, today (UTC) included. */
export function defaultQualityRange(now: Date): DayRange {
  const to = dayOf(now);
  return { from: addDays(to, 1 - DEFAULT_RANGE_DAYS), to };
}

export interface ParsedQualityRange {
  /** The range to show: the one asked for, or the default when it cannot be used. */
  range: DayRange;
  /** What was typed, to show again in the form. */
  entered: { from: string; to: string };
  /** A sentence per field saying what to fix; empty when the range is usable. */
  errors: { from?: string; to?: string };
}

/** Reads `?from&to` (a page's search params); never throws. */
export function parseQualityRange(
  params: Record<string, string | string[] | undefined>,
  now: Date,
): ParsedQualityRange {
  const raw = { from: params.from, to: params.to };
  const entered = {
    from: typeof raw.from === "string" ? raw.from.trim() : "",
    to: typeof raw.to === "string" ? raw.to.trim() : "",
  };
  const fallback = defaultQualityRange(now);
  const parsed = qualityRangeSchema.safeParse(raw);
  if (!parsed.success) {
    const errors: ParsedQualityRange["errors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] === "to" ? "to" : "from";
      errors[field] ??=
        issue.code === "invalid_type" ? `Give one ${field} date, as YYYY-MM-DD.` : issue.message;
    }
    return { range: fallback, entered, errors };
  }
  const to = parsed.data.to ?? fallback.to;
  const from = parsed.data.from ?? addDays(to, 1 - DEFAULT_RANGE_DAYS);
  if (from > to)
    return { range: fallback, entered, errors: { to: "The to date is before the from date. Swap them." } };
  if (daysBetween(from, to) > MAX_RANGE_DAYS)
    return {
      range: fallback,
      entered,
      errors: { from: "Choose a range of at most ten years: move the from date later." },
    };
  return { range: { from, to }, entered, errors: {} };
}

/** Days in the range, both ends included. */
function daysBetween(from: string, to: string): number {
  return Math.round((startOf(to).getTime() - startOf(from).getTime()) / DAY_MS) + 1;
}

/** The range as instants: from the first day's 00:00 UTC up to (not including) the day after the last. */
export function rangeBounds(range: DayRange): { start: Date; end: Date } {
  return { start: startOf(range.from), end: startOf(addDays(range.to, 1)) };
}

/** "YYYY-MM" of an instant, in UTC. */
export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** Every month the range touches, oldest first, as "YYYY-MM". */
export function monthsOf(range: DayRange): string[] {
  const months: string[] = [];
  let [year, month] = range.from.split("-").map(Number) as [number, number];
  const last = range.to.slice(0, 7);
  for (;;) {
    const current = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
    months.push(current);
    if (current >= last) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}
