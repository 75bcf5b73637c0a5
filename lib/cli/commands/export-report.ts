import { writeFile } from "node:fs/promises";
import { buildReportModel } from "@/lib/data/reports/build-report-model";
import { exportReport as renderReport } from "@/lib/data/reports/export-report";
import { publicationReference } from "@/lib/data/reports/publications";
import { configuredOrigin, webOriginOf } from "@/lib/config/app-url";
import { AppError } from "@/lib/errors/app-error";
import { resolveUserPath, type CliIo } from "../cli-io";
import type { CliCommand } from "../parse-args";
import { UsageError } from "../usage-error";

type ExportCommand = Extract<CliCommand, { name: "export" }>;

const DEFAULT_BASE_URL = "http://localhost:3000";

/**
 * `export`: the report exactly as the report download (app/api/v1/articles/[id]/report)
 * builds it, internal audience, to a file or to stdout. W3C annotations link
 * to the app, so they need its address: --base-url, else APP_URL, else NEXTAUTH_URL.
 */
export async function exportReport(command: ExportCommand, io: CliIo): Promise<void> {
  // Checked before the slow part: a PDF in a terminal is screenfuls of binary noise.
  if (command.format === "pdf" && command.out === undefined && io.isStdoutTerminal) {
    throw new UsageError(
      "A PDF is binary: write it to a file with --out report.pdf, or redirect standard output.",
    );
  }
  const baseUrl =
    command.baseUrl ?? configuredOrigin(io.env) ?? webOriginOf(io.env.NEXTAUTH_URL) ?? DEFAULT_BASE_URL;
  const model = await buildReportModel(command.articleId, {
    audience: "internal",
    ...(await publicationReference(command.articleId, baseUrl)),
  });
  const file = await renderReport(model, command.format, {
    includePending: !command.hidePending,
    baseUrl,
  });
  // A Buffer goes out byte for byte (PDF); a string as UTF-8.
  const bytes = typeof file.body === "string" ? Buffer.from(file.body, "utf8") : file.body;
  if (command.out === undefined) return io.out(bytes);
  const target = resolveUserPath(io, command.out);
  await writeFile(target, bytes).catch((error: NodeJS.ErrnoException) => {
    throw new AppError("BAD_REQUEST", `Cannot write ${target} (${error.code ?? error.message}).`);
  });
  await io.err(`Wrote ${target} (${bytes.byteLength.toLocaleString("en")} bytes).\n`);
}
