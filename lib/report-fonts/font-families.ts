import { readFileSync } from "node:fs";
import path from "node:path";
import { parseUnicodeRange, type CodePointInterval } from "./unicode-range";

/*
 * The fonts a report ships, from the @fontsource packages in node_modules.
 * Fontsource splits each font into subsets by unicode-range (unicode.json
 * names them: "latin", "[97]", …) with one woff2 file per subset and weight,
 * so a report embeds only the subsets its characters need.
 */

export interface FontFamily {
  family: string;
  /** The @fontsource package, also the prefix of its file names. */
  packageName: string;
  weights: readonly number[];
}

/**
 * In font-stack order: a character is drawn by the first family that covers
 * it. The emoji font comes before Noto Sans SC because the SC font also
 * covers some emoji (🌈, 🀄, flags) with plain glyphs; it covers no CJK
 * text, and Noto Sans before it keeps digits, ©, ® and ™ as text.
 */
export const reportFontFamilies: readonly FontFamily[] = [
  { family: "Noto Sans", packageName: "noto-sans", weights: [400, 700] },
  // Monochrome outlines: unlike Noto Color Emoji (colour bitmaps), they
  // print into the PDF as a font whose text can be extracted and searched.
  { family: "Noto Emoji", packageName: "noto-emoji", weights: [400, 700] },
  { family: "Noto Sans SC", packageName: "noto-sans-sc", weights: [400, 700] },
];

export interface FontSubset {
  family: FontFamily;
  /** The subset's name in unicode.json without brackets: "latin", "97". */
  name: string;
  unicodeRange: string;
  intervals: CodePointInterval[];
}

/*
 * Read from node_modules relative to the working directory: `next start`,
 * `next dev` and vitest all run from the project root, and a path resolved
 * through the bundler would point into the build folder instead.
 */
function packageDirectory(packageName: string): string {
  return path.join(process.cwd(), "node_modules", "@fontsource", packageName);
}

const subsetsByPackage = new Map<string, FontSubset[]>();

/** A family's subsets, read from its unicode.json once per process. */
export function subsetsOf(family: FontFamily): FontSubset[] {
  let subsets = subsetsByPackage.get(family.packageName);
  if (!subsets) {
    const file = path.join(packageDirectory(family.packageName), "unicode.json");
    const ranges = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
    subsets = Object.entries(ranges).map(([key, unicodeRange]) => ({
      family,
      name: key.replace(/^\[(.*)\]$/, "$1"),
      unicodeRange,
      intervals: parseUnicodeRange(unicodeRange),
    }));
    subsetsByPackage.set(family.packageName, subsets);
  }
  return subsets;
}

const base64ByFile = new Map<string, string>();

/** One subset's woff2 file for a weight, base64-encoded, read once per process. */
export function subsetWoff2Base64(subset: FontSubset, weight: number): string {
  const { packageName } = subset.family;
  const file = path.join(
    packageDirectory(packageName),
    "files",
    `${packageName}-${subset.name}-${weight}-normal.woff2`,
  );
  let base64 = base64ByFile.get(file);
  if (base64 === undefined) {
    base64 = readFileSync(file).toString("base64");
    base64ByFile.set(file, base64);
  }
  return base64;
}
