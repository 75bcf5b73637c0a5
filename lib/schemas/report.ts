import { z } from "zod";

export const reportFormats = ["html", "pdf", "md", "json", "csv", "claimreview", "w3c"] as const;
export const reportFormatSchema = z.enum(reportFormats, {
  error: `Choose a format: ${reportFormats.join(", ")}.`,
});
export type ReportFormat = z.infer<typeof reportFormatSchema>;

/** `?format=…&pending=hide&bom=1&frontMatter=1`: which file, and whether to leave out claims not yet checked. */
export const reportQuerySchema = z.object({
  format: reportFormatSchema.default("html").describe("The file format of the report."),
  pending: z
    .enum(["show", "hide"], { error: "Send pending as show or hide." })
    .default("show")
    .describe("`hide` leaves out the claims that are not checked yet."),
  bom: z
    .enum(["0", "1"], { error: "Send bom as 0 or 1." })
    .default("0")
    .describe("CSV only: `1` starts the file with a UTF-8 byte-order mark, so Excel reads é or 中文 right."),
  frontMatter: z
    .enum(["0", "1"], { error: "Send frontMatter as 0 or 1." })
    .default("0")
    .describe(
      "Markdown only: `1` starts the file with a YAML front-matter block (title, date, url, sourceUrl, organization, version, ratings) for static-site generators and CMS imports.",
    ),
});
