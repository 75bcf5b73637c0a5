import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportHeaderSchema,
  sectionNames,
  sectionsAddedLater,
  type ExportHeader,
} from "./newsroom-export-schema";
import { ExportSyntaxError, readExportItems } from "./read-export-items";
import { rowSchemas, type SectionName } from "./row-schemas";

const invalid = (where: string, message: string) =>
  new AppError(
    "VALIDATION",
    `This is not a valid newsroom export: ${where}: ${message.replace(/\.$/, "")}.`,
    { path: where },
  );

/** The first zod issue as `path: message`, with the path in the document's terms (`claims[3].status`). */
function firstIssue(prefix: string, error: z.ZodError): AppError {
  const issue = error.issues[0];
  const suffix = (issue?.path ?? [])
    .map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`))
    .join("");
  return invalid(`${prefix}${suffix}`.replace(/^\./, "") || "the header", issue?.message ?? "is invalid");
}

/**
 * The pieces of a document, checked as they stream past: the header first
 * (a known format and version), then every row against its section's
 * schema, the sections in insert order, and the rows each section holds
 * against the header's counts. Throws at the first problem, naming its path.
 */
export async function* validatedItems(
  chunks: AsyncIterable<string>,
): AsyncGenerator<{ header: ExportHeader } | { section: SectionName; index: number; row: unknown }> {
  const fields: Record<string, unknown> = {};
  let header: ExportHeader | undefined;
  let position = -1; // index in sectionNames of the section being read
  const seen = new Map<SectionName, number>();
  try {
    for await (const item of readExportItems(chunks)) {
      if (item.kind === "field") {
        if (header) throw invalid(item.key, "comes after the tables; the header fields come first");
        fields[item.key] = item.value;
        continue;
      }
      if (!header) {
        header = checkHeader(fields);
        yield { header };
      }
      if (item.kind === "section") {
        const section = openSection(item.section, position);
        position = sectionNames.indexOf(section);
        seen.set(section, 0);
        continue;
      }
      // The reader yields rows only inside the section it just opened.
      const section = sectionNames[position] as SectionName;
      const parsed = rowSchemas[section].safeParse(item.value);
      if (!parsed.success) throw firstIssue(`${section}[${item.index}]`, parsed.error);
      seen.set(section, item.index + 1);
      yield { section, index: item.index, row: parsed.data };
    }
  } catch (error) {
    if (error instanceof ExportSyntaxError) throw invalid(error.where, error.message);
    throw error;
  }
  if (!header) {
    header = checkHeader(fields);
    yield { header };
  }
  for (const section of sectionNames) {
    const rows = seen.get(section) ?? (sectionsAddedLater.includes(section) ? 0 : undefined);
    if (rows === undefined)
      throw invalid(section, "is missing: an export holds every table, an empty one as []");
    if (rows !== header.counts[section])
      throw invalid(
        section,
        `holds ${rows} rows but counts.${section} says ${header.counts[section]}: the file is incomplete or was edited`,
      );
  }
}

function checkHeader(fields: Record<string, unknown>): ExportHeader {
  if (fields.format !== EXPORT_FORMAT)
    throw invalid("format", `must be “${EXPORT_FORMAT}”: this file is not an export-all file`);
  if (fields.version !== EXPORT_VERSION)
    throw new AppError(
      "VALIDATION",
      `This export is version ${JSON.stringify(fields.version)} of the newsroom export format; this app reads version ${EXPORT_VERSION}. Import it with the release that wrote it (app.version in the file), or a newer one.`,
      { path: "version" },
    );
  const parsed = exportHeaderSchema.safeParse(fields);
  if (!parsed.success) throw firstIssue("", parsed.error);
  return parsed.data;
}

/** The section an opening array names, if it is known and comes after the one before it. */
function openSection(name: string, position: number): SectionName {
  const section = sectionNames.find((known) => known === name);
  if (!section) throw invalid(name, `is not a table of the export (${sectionNames.join(", ")})`);
  // At or before the last one: out of order, or the same table twice.
  if (sectionNames.indexOf(section) <= position)
    throw invalid(section, `is out of order: the tables must come in this order: ${sectionNames.join(", ")}`);
  return section;
}
