/*
 * A .docx is a zip, and a zip of a few megabytes can declare gigabytes of
 * XML (a "zip bomb"); mammoth would inflate and parse all of it in memory.
 * Reading the sizes the zip's central directory declares stops naive bombs
 * and accidents cheaply. A zip that lies about its sizes is not caught here
 * (jszip does not check them), which is one reason the upload cap is small.
 */

/** Real Word documents, images included, expand to a few times their size; 100 MB is far beyond that. */
export const MAX_DOCX_EXPANDED_BYTES = 100 * 1024 * 1024;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const ENTRY_HEADER_SIZE = 46;
const MAX_COMMENT = 0xffff;
const ZIP64_MARKER = 0xffffffff;

/**
 * The total uncompressed size a zip's entries declare, or null when the zip
 * has no readable central directory. ZIP64 sizes (never needed by a file
 * small enough to upload) count as infinite.
 */
export function declaredExpandedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end === null) return null;
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  let total = 0;
  for (let index = 0; index < entries; index += 1) {
    const isEntry =
      offset + ENTRY_HEADER_SIZE <= view.byteLength &&
      view.getUint32(offset, true) === CENTRAL_DIRECTORY_ENTRY;
    if (!isEntry) return null;
    const size = view.getUint32(offset + 24, true);
    if (size === ZIP64_MARKER) return Number.POSITIVE_INFINITY;
    total += size;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    offset += ENTRY_HEADER_SIZE + nameLength + extraLength + commentLength;
  }
  return total;
}

/** The end-of-central-directory record sits in the last 22 bytes, before an optional comment. */
function findEndRecord(view: DataView): number | null {
  const lowest = Math.max(0, view.byteLength - END_RECORD_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - END_RECORD_SIZE; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return null;
}
