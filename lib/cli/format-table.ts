export interface TableColumn {
  header: string;
  /** Numbers read best right-aligned; text left-aligned (the default). */
  align?: "left" | "right";
}

/**
 * Rows as an aligned plain-text table, columns two spaces apart, with no
 * trailing spaces. Widths count UTF-16 code units, which is exact for the
 * Latin titles we mostly see and only slightly off for wide characters.
 */
export function formatTable(columns: readonly TableColumn[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...rows.map((row) => (row[index] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    columns
      .map((column, index) => {
        const cell = cells[index] ?? "";
        const width = widths[index] ?? 0;
        return column.align === "right" ? cell.padStart(width) : cell.padEnd(width);
      })
      .join("  ")
      .trimEnd();
  return [line(columns.map((column) => column.header)), ...rows.map(line)].join("\n") + "\n";
}
