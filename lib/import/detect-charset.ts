/** How far into an HTML page a `<meta charset>` must appear, as in the HTML standard's prescan. */
const PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)/i;

/**
 * The charset to decode a fetched page with, in the order browsers use: a
 * byte-order mark, then the Content-Type header, then (HTML only) a
 * `<meta charset>` near the top, then UTF-8. Legacy news sites often
 * declare windows-1252 only in the markup.
 */
export function detectCharset(bytes: Uint8Array, headerCharset: string | null, isHtml: boolean): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (headerCharset !== null) return headerCharset;
  if (isHtml) {
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, PRESCAN_BYTES));
    const declared = META_CHARSET.exec(head)?.[1]?.toLowerCase();
    if (declared !== undefined) return declared;
  }
  return "utf-8";
}
