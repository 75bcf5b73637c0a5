import { open } from "node:fs/promises";
import path from "node:path";
import { importSettings } from "@/lib/config/import-settings";
import { AppError } from "@/lib/errors/app-error";
import type { UploadedFile } from "@/lib/import/parse-upload";

/**
 * A local file as the upload endpoint would receive it. Reads at most one
 * byte past the import limit: parseUpload then refuses it with the same
 * message an upload gets, and a huge file is never read whole.
 */
export async function readImportFile(file: string): Promise<UploadedFile> {
  const handle = await open(file, "r").catch((error: NodeJS.ErrnoException) => {
    throw new AppError(
      "NOT_FOUND",
      error.code === "ENOENT"
        ? `No file at ${file}.`
        : `Cannot read ${file} (${error.code ?? error.message}).`,
    );
  });
  try {
    if ((await handle.stat()).isDirectory())
      throw new AppError("BAD_REQUEST", `${file} is a folder: name a file to import.`);
    const buffer = Buffer.alloc(importSettings().maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    // The extension decides the format, as for uploads; there is no browser-sent content type.
    return {
      filename: path.basename(file),
      contentType: "",
      bytes: new Uint8Array(buffer.subarray(0, length)),
    };
  } finally {
    await handle.close();
  }
}
