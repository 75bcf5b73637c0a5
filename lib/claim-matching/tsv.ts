/**
 * Tab-separated rows as pandas (the lab's reader) reads them: a field that starts with `"` is quoted, may
 * hold tabs and line breaks, and writes a quote as `""`; anything after its closing quote up to the next tab
 * still belongs to the field. Other fields are taken as they are. `\r\n` and `\n` both end a row; empty
 * rows are skipped.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0] !== "") rows.push(row);
    row = [];
    field = "";
  };
  while (i < text.length) {
    if (field === "" && text[i] === '"') {
      i += 1;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i += 1;
          break;
        } else {
          field += text[i];
          i += 1;
        }
      }
      continue;
    }
    const char = text[i]!;
    i += 1;
    if (char === "\t") {
      row.push(field);
      field = "";
    } else if (char === "\n") endRow();
    else if (char === "\r" && text[i] === "\n") {
      endRow();
      i += 1;
    } else field += char;
  }
  if (field !== "" || row.length > 0) endRow();
  return rows;
}
