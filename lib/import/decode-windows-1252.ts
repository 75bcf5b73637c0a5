/*
 * WHATWG treats "iso-8859-1", "latin1", "ascii" and "windows-1252" as one
 * encoding, windows-1252, whose bytes 0x80–0x9F are curly quotes, dashes
 * and the euro sign. Node 20's TextDecoder decodes that label as plain
 * ISO-8859-1 instead, turning “quotes” into control characters, and legacy
 * news sites are full of them. So we decode it ourselves.
 */

/** Code points for bytes 0x80–0x9F; the five undefined bytes map to themselves, as browsers do. */
const HIGH_CONTROL_RANGE = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  const chunk: number[] = [];
  for (const byte of bytes) {
    chunk.push(byte >= 0x80 && byte <= 0x9f ? (HIGH_CONTROL_RANGE[byte - 0x80] ?? byte) : byte);
    if (chunk.length === 8192) text += String.fromCharCode(...chunk.splice(0));
  }
  return text + String.fromCharCode(...chunk);
}
