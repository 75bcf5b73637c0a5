import { z } from "zod";

export const publicationPreviewResponse = z.object({
  preview: z.object({
    version: z.number().int().describe("The version publishing now would create."),
    html: z
      .string()
      .describe(
        "The public report page exactly as it would be served. Show it sandboxed (an iframe with `sandbox` and `srcdoc`), never inline.",
      ),
  }),
});
