import { decodeWindows1252 } from "./decode-windows-1252";

/**
 * Bytes → text in the given charset (a WHATWG encoding label such as
 * "utf-8", "iso-8859-1", "shift_jis"). An unknown label falls back to UTF-8
 * rather than failing the import, and `charset` in the result says which
 * was used. A byte-order mark is dropped; malformed bytes become U+FFFD
 * instead of throwing.
 */
export function decodeText(bytes: Uint8Array, charset = "utf-8"): { text: string; charset: string } {
  const encoding = encodingOf(charset);
  const label = encoding === null ? "utf-8" : charset;
  const text = encoding === "windows-1252" ? decodeWindows1252(bytes) : new TextDecoder(label).decode(bytes);
  return { text: text.replace(/^\uFEFF/, ""), charset: label };
}

/** The WHATWG encoding name a label stands for ("latin1" → "windows-1252"), or null for an unknown label. */
function encodingOf(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}
