import { reportFontFamilies, subsetsOf, subsetWoff2Base64, type FontSubset } from "./font-families";
import { codePointsOf, rangeIncludes } from "./unicode-range";

/** What the report falls back to for characters none of its fonts covers. */
const SYSTEM_FONT_STACK = `system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif`;

/** The report's font-family value: the shipped fonts, then the system stack. */
export const reportFontStack = [
  ...reportFontFamilies.map(({ family }) => `"${family}"`),
  SYSTEM_FONT_STACK,
].join(", ");

/**
 * The subsets a text needs: for each of its characters, the subset of the
 * first family (in font-stack order) that covers it, which is the face the
 * browser picks. Characters no family covers fall through to system fonts.
 */
export function subsetsForText(text: string): FontSubset[] {
  const needed = new Set<FontSubset>();
  const families = reportFontFamilies.map(subsetsOf);
  for (const codePoint of codePointsOf(text)) {
    if (codePoint < 0x20) continue;
    for (const subsets of families) {
      const subset = subsets.find((candidate) => rangeIncludes(candidate.intervals, codePoint));
      if (subset) {
        needed.add(subset);
        break;
      }
    }
  }
  return [...needed];
}

function fontFaceRule(subset: FontSubset, weight: number): string {
  return [
    `@font-face { font-family: "${subset.family.family}"; font-style: normal; font-weight: ${weight}; font-display: swap;`,
    `  src: url(data:font/woff2;base64,${subsetWoff2Base64(subset, weight)}) format("woff2");`,
    `  unicode-range: ${subset.unicodeRange}; }`,
  ].join("\n");
}

/**
 * The @font-face rules for the fonts `text` needs, each file embedded as a
 * data: URL so a document using them stays self-contained. `weight` limits
 * them to one weight (of those shipped, 400 and 700).
 */
export function fontFaceCss(text: string, weight?: number): string {
  return subsetsForText(text)
    .flatMap((subset) =>
      subset.family.weights
        .filter((candidate) => weight === undefined || candidate === weight)
        .map((candidate) => fontFaceRule(subset, candidate)),
    )
    .join("\n");
}

/**
 * The report's fonts: fontFaceCss plus the font-family that uses them, for
 * the report and the rest of a standalone page (notices, links). Goes after
 * reportStyles, whose font-family it overrides.
 */
export function reportFontCss(text: string): string {
  return `${fontFaceCss(text)}\nbody, .fc-report { font-family: ${reportFontStack}; }`;
}
