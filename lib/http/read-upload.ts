import { importSettings } from "@/lib/config/import-settings";
import { AppError } from "@/lib/errors/app-error";
import type { UploadedFile } from "@/lib/import/parse-upload";
import { readBodyBytes } from "./read-body";
import { readQueryParams } from "./read-query";

/**
 * A file sent as the raw request body, its name in `?filename=`. The size
 * cap is checked on the declared length first, then on what arrived. The
 * file's text is checked once it is extracted (lib/data/imports), since a
 * .docx or a UTF-16 file holds zero bytes that are not NUL characters.
 */
export async function readUpload(request: Request): Promise<UploadedFile> {
  const { maxBytes } = importSettings();
  const tooLarge = () =>
    new AppError(
      "PAYLOAD_TOO_LARGE",
      `That file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, the most an import may be.`,
    );
  const bytes = await readBodyBytes(request, maxBytes, tooLarge);
  if (bytes.byteLength === 0)
    throw new AppError("VALIDATION", "That file is empty.", { fields: { file: "The file is empty." } });
  // Checked like any query: a name that is not UTF-8 or holds a NUL is refused, not stored mangled.
  const filename = readQueryParams(request).filename?.slice(0, 255) || "upload";
  return { filename, contentType: request.headers.get("content-type") ?? "", bytes };
}
