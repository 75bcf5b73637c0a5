import { AppError } from "../errors/app-error";

/*
 * A .docx is a zip, and a zip of a few megabytes can declare gigabytes of
 * XML ("zip bomb"); mammoth would inflate and parse all of it in memory.
 * Before handing the file over, we read the zip's central directory and add
 * up the sizes its entries declare. This stops naive bombs and accidents
 * cheaply; a zip that lies about its sizes is not caught here (jszip does
 * not check them), which is why the upload size cap stays small too.
 */

/** Real Word documents, images included, expand to a few times their size; 100 MB is far beyond that. */
export const MAX_DOCX_EXPANDED_BYTES = 100 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_MARKER = 0xffffffff;

const TOO_BIG = "That Word document expands to far more text than an article holds. Paste the article text instead.";

/**
 * Throws AppError PAYLOAD_TOO_LARGE when the zip's entries declare more than
 * `maxBytes` uncompressed, and VALIDATION (via `notAZip`) when there is no
 * readable central directory.
 */
export function assertDocxExpandsWithinLimit(
  bytes: Uint8Array,
  notAZip: () => AppError,
  maxBytes = MAX_DOCX_EXPANDED_BYTES,
): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end === null) throw notAZip();
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (entries > MAX_ENTRIES) throw new AppError("PAYLOAD_TOO_LARGE", TOO_BIG);

  let total = 0;
  for (let index = 0; index < entries; index += 1) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) {
      throw notAZip();
    }
    const size = view.getUint32(offset + 24, true);
    // ZIP64 sizes never occur in a document small enough to upload; treat them as too big.
    if (size === ZIP64_MARKER) throw new AppError("PAYLOAD_TOO_LARGE", TOO_BIG);
    total += size;
    if (total > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", TOO_BIG);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    offset += 46 + nameLength + extraLength + commentLength;
  }
}

/** The end-of-central-directory record sits in the last 22 bytes plus an optional comment. */
function findEndRecord(view: DataView): number | null {
  const lowest = Math.max(0, view.byteLength - END_RECORD_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - END_RECORD_SIZE; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return null;
}
