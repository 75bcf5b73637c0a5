import { AppError } from "@/lib/errors/app-error";
import type { MatchEntry } from "./match-index";
import { parseTsv } from "./tsv";

/**
 * Claims to match against from a tab-separated file with a header row naming `id`, `text` and optionally
 * `title` (in any order; other columns are ignored). Fields may be quoted as spreadsheets write them.
 * Throws a VALIDATION AppError naming the file and row to fix.
 */
export function parseClaimsTsv(content: string, fileName: string): MatchEntry[] {
  const [header = [], ...rows] = parseTsv(content.replace(/^\uFEFF/, ""));
  const column = (name: string) => header.findIndex((field) => field.trim().toLowerCase() === name);
  const [idColumn, textColumn, titleColumn] = [column("id"), column("text"), column("title")];
  if (idColumn < 0 || textColumn < 0) {
    throw new AppError(
      "VALIDATION",
      `${fileName}: the first row must name the tab-separated columns "id" and "text" (and optionally "title"); it has ${header.length ? header.map((field) => `"${field}"`).join(", ") : "nothing"}.`,
    );
  }
  const seen = new Set<string>();
  return rows.map((fields, i) => {
    const row = i + 2;
    const id = fields[idColumn]?.trim() ?? "";
    const text = fields[textColumn]?.trim() ?? "";
    if (id === "" || text === "") {
      throw new AppError("VALIDATION", `${fileName} row ${row}: needs an id and a text, separated by a tab.`);
    }
    if (seen.has(id))
      throw new AppError(
        "VALIDATION",
        `${fileName} row ${row}: the id "${id}" is used twice; give each claim its own id.`,
      );
    seen.add(id);
    const title = titleColumn < 0 ? undefined : fields[titleColumn]?.trim() || undefined;
    return title === undefined ? { id, text } : { id, text, title };
  });
}
