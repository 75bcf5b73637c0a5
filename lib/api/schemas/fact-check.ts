import { z } from "zod";

export const factCheckImportResponse = z.object({
  created: z.number().int().min(0).describe("Fact-checks new to the archive."),
  updated: z.number().int().min(0).describe("Fact-checks already there (same url) whose fields changed."),
  unchanged: z.number().int().min(0).describe("Fact-checks already there exactly as sent."),
  problems: z
    .array(z.string())
    .describe("One sentence per fact-check skipped (naming it and the field), or about the source."),
});
