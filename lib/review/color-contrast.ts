/**
 * WCAG 2 contrast between two sRGB colours, for checking that a rating's
 * colour stays readable as text on white (and as the white short code on
 * the colour). Pure: hex strings in, numbers out.
 */

/** WCAG AA minimum for normal-size text. */
export const MIN_TEXT_CONTRAST = 4.5;

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

export function isHexColor(value: string): boolean {
  return HEX_COLOR.test(value);
}

/** Relative luminance (0 black … 1 white) of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  if (!isHexColor(hex)) throw new RangeError(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [1, 3, 5].map((at) => linearChannel(parseInt(hex.slice(at, at + 2), 16) / 255));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** sRGB gamma expansion; 0.04045 is the threshold the WCAG 2.x formula uses. */
function linearChannel(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

/** Contrast ratio from 1 (same colour) to 21 (black on white); symmetric. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/**
 * Whether a colour reads as text on white (AA, 4.5:1). Anything that is not
 * a #rrggbb colour is unreadable by definition, so callers need no separate check.
 */
export function isReadableOnWhite(hex: string): boolean {
  return isHexColor(hex) && contrastRatio(hex, "#ffffff") >= MIN_TEXT_CONTRAST;
}
