import { importSettings } from "@/lib/config/import-settings";
import { AppError } from "@/lib/errors/app-error";
import type { UploadedFile } from "@/lib/import/parse-upload";

/**
 * A file sent as the raw request body, its name in `?filename=`. The size
 * cap is checked on the declared length first, then on what arrived.
 */
export async function readUpload(request: Request): Promise<UploadedFile> {
  const { maxBytes } = importSettings();
  const tooLarge = () =>
    new AppError(
      "PAYLOAD_TOO_LARGE",
      `That file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, the most an import may be.`,
    );
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) throw tooLarge();
  const bytes = await readCapped(request, maxBytes, tooLarge);
  if (bytes.byteLength === 0)
    throw new AppError("VALIDATION", "That file is empty.", { fields: { file: "The file is empty." } });
  const filename = new URL(request.url).searchParams.get("filename")?.slice(0, 255) || "upload";
  return { filename, contentType: request.headers.get("content-type") ?? "", bytes };
}

/** Reads the body, stopping as soon as it passes the cap (a client may send no Content-Length). */
async function readCapped(request: Request, maxBytes: number, tooLarge: () => AppError): Promise<Uint8Array> {
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}
