import { AppError } from "../errors/app-error";
import { describeSpan, type ClaimSelector, type TextPositionSelector } from "./text-quote";

/*
 * Places a claim an API caller describes with a W3C selector on the current
 * article text. Strict on purpose, unlike re-anchoring (reanchor.ts) or the
 * annotation import (anchor-imported-annotations.ts), which must make the best
 * of text that changed under a saved claim: here the caller is looking at the
 * text now, so a quote either is in it verbatim or is an error they can fix,
 * and several copies are never guessed between.
 *
 *  - quote: every occurrence of `exact` (overlapping ones too) whose
 *    surroundings end with `prefix` and start with `suffix`, W3C style.
 *  - position: text[start, end) as given.
 *
 * Neither snaps to whole words the way a mouse selection in the web app
 * does: a program asking for these characters gets exactly these characters.
 */

export interface QuoteSelectorInput {
  exact: string;
  prefix?: string;
  suffix?: string;
}

export type SelectorInput = QuoteSelectorInput | TextPositionSelector;

export type SelectorMatch =
  | { kind: "found"; start: number; end: number }
  /** The quote is not in the text at all. */
  | { kind: "missing" }
  /** The quote is in the text, but never next to the given prefix or suffix. */
  | { kind: "context_mismatch"; field: "prefix" | "suffix" }
  /** Several occurrences fit. */
  | { kind: "ambiguous"; count: number }
  /** The position lies outside the text, or is empty; `field` is the offset to fix. */
  | { kind: "out_of_range"; field: "start" | "end" };

/** Where a selector points in `text`; pure, for the table tests. */
export function matchSelector(text: string, selector: SelectorInput): SelectorMatch {
  if ("exact" in selector) return matchQuote(text, selector);
  const { start, end } = selector;
  if (start < 0 || start >= text.length) return { kind: "out_of_range", field: "start" };
  if (end <= start || end > text.length) return { kind: "out_of_range", field: "end" };
  return { kind: "found", start, end };
}

function matchQuote(text: string, { exact, prefix = "", suffix = "" }: QuoteSelectorInput): SelectorMatch {
  if (exact === "") return { kind: "missing" };
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) starts.push(at);
  if (starts.length === 0) return { kind: "missing" };
  const afterPrefix = starts.filter((start) => text.endsWith(prefix, start));
  if (afterPrefix.length === 0) return { kind: "context_mismatch", field: "prefix" };
  const fitting = afterPrefix.filter((start) => text.startsWith(suffix, start + exact.length));
  if (fitting.length === 0) return { kind: "context_mismatch", field: "suffix" };
  const [start] = fitting;
  if (fitting.length > 1 || start === undefined) return { kind: "ambiguous", count: fitting.length };
  return { kind: "found", start, end: start + exact.length };
}

/**
 * The claim selector for `selector` on `text`, or a VALIDATION error whose
 * `fields` name the part of the selector to fix (`selector.exact`, …).
 */
export function resolveSelector(text: string, selector: SelectorInput): ClaimSelector {
  const match = matchSelector(text, selector);
  if (match.kind !== "found") throw selectorError(text, match);
  const described = describeSpan(text, match.start, match.end);
  if (!described.exact.trim()) {
    throw invalid("exact" in selector ? "exact" : "start", "That text is only blank space; mark some words.");
  }
  return described;
}

function selectorError(text: string, match: Exclude<SelectorMatch, { kind: "found" }>): AppError {
  switch (match.kind) {
    case "missing":
      return invalid("exact", "That quote is not in the article's current text.");
    case "context_mismatch":
      return invalid(
        match.field,
        match.field === "prefix"
          ? "The quote is in the article, but never right after that prefix."
          : "The quote is in the article, but never right before that suffix.",
      );
    case "ambiguous":
      return invalid("exact", `That quote appears ${match.count} times; add a prefix or suffix to pick one.`);
    case "out_of_range":
      return invalid(
        match.field,
        `The position lies outside the article's current text (it has ${text.length} characters).`,
      );
  }
}

function invalid(part: "exact" | "prefix" | "suffix" | "start" | "end", message: string): AppError {
  return new AppError("VALIDATION", message, { fields: { [`selector.${part}`]: message } });
}
