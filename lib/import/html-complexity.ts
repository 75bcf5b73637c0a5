import { AppError } from "../errors/app-error";

/*
 * Guards against pages built to stall the server. jsdom's tree building is
 * quadratic in nesting depth (2,000 nested <div>s take about a second,
 * 8,000 take thirteen, and ~20,000 overflow the stack), and Readability
 * slows down sharply past a few tens of thousands of elements. Real
 * articles nest a few dozen levels and hold a few thousand elements, so
 * the limits only ever stop hostile or broken pages. Browsers cap depth at
 * 512 for the same reason.
 */

export const MAX_NESTING_DEPTH = 1024;
export const MAX_ELEMENTS = 30_000;

const TOO_COMPLEX =
  "That page is too deeply nested or too large to read safely. Paste the article text instead.";

/** Elements the parser never nests: void elements, and those a sibling of the same kind closes (<p>, <li>, <td>…). */
const NEVER_NEST = new Set(
  (
    "area base br col embed hr img input link meta param source track wbr p li dt dd tr td th " +
    "option optgroup thead tbody tfoot colgroup caption rb rt rtc rp"
  ).split(" "),
);
/** Their content is text, not tags, until the matching end tag. */
const RAW_TEXT = new Set("script style textarea title xmp iframe noembed noframes".split(" "));
const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>/g;

/**
 * Refuse HTML whose element nesting goes past MAX_NESTING_DEPTH, measured
 * with a linear scan of the tags before jsdom builds anything. End tags
 * only close an element that is open (as in the real parser), so stray
 * `</x>` tags cannot hide depth.
 */
export function assertNestingWithinLimit(html: string): void {
  const open: string[] = [];
  let rawTextEnd: string | null = null;
  for (const [, slash, rawName, selfClosing] of html.matchAll(TAG)) {
    if (rawName === undefined) continue; // a comment
    const name = rawName.toLowerCase();
    if (rawTextEnd !== null) {
      if (slash === "/" && name === rawTextEnd) rawTextEnd = null;
      continue;
    }
    if (NEVER_NEST.has(name)) continue;
    if (slash === "/") {
      const at = open.lastIndexOf(name);
      if (at !== -1) open.length = at;
    } else if (RAW_TEXT.has(name)) {
      rawTextEnd = name;
    } else if (selfClosing !== "/") {
      open.push(name);
      if (open.length > MAX_NESTING_DEPTH) throw new AppError("VALIDATION", TOO_COMPLEX);
    }
  }
}

/** Refuse a parsed document with more elements than Readability can score in reasonable time. */
export function assertElementCountWithinLimit(document: Document): void {
  if (document.getElementsByTagName("*").length > MAX_ELEMENTS) throw new AppError("VALIDATION", TOO_COMPLEX);
}
