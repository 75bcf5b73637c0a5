"use client";

import { useState } from "react";
import type { ImportPreview } from "@/lib/data/imports/preview-import";
import { ImportPreviewForm } from "./import-preview-form";
import { ImportSource } from "./import-source";

/** Import in two steps: choose and extract, then check the preview and save. */
export function ImportArticle() {
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  return preview ? (
    <ImportPreviewForm preview={preview} onBack={() => setPreview(null)} />
  ) : (
    <ImportSource onPreview={setPreview} />
  );
}
