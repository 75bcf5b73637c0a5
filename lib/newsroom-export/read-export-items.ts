/*
 * Reads an export document one piece at a time: each top-level field that is
 * not an array (the header) whole, and each element of a top-level array (a
 * section's row) on its own. A 10,000-article newsroom is hundreds of
 * megabytes of JSON, near V8's longest string (~512 MiB) and several GB of
 * parsed objects, so JSON.parse of the whole file is not an option; this
 * splitter keeps one row in memory at a time and accepts any JSON
 * formatting (pretty-printed, minified), so the file stays one plain JSON
 * document for everyone else. Pure: it takes text chunks and yields values.
 */

export type ExportItem =
  | { kind: "field"; key: string; value: unknown }
  /** A top-level array opens: seen even when it holds no rows, so empty sections are checked too. */
  | { kind: "section"; section: string }
  | { kind: "row"; section: string; index: number; value: unknown };

/** A document that is not JSON of the expected shape; `where` is a path like `claims[12]`. */
export class ExportSyntaxError extends Error {
  constructor(
    message: string,
    readonly where: string,
  ) {
    super(message);
    this.name = "ExportSyntaxError";
  }
}

const isSpace = (char: string) => char === " " || char === "\n" || char === "\r" || char === "\t";

type Expect = "open" | "key" | "colon" | "value" | "comma" | "end";

/** Streams the pieces of one export document out of its text chunks. */
export async function* readExportItems(chunks: AsyncIterable<string>): AsyncGenerator<ExportItem> {
  let expect: Expect = "open";
  let key = "";
  let section: string | null = null; // inside a top-level array
  let index = 0;
  // The value being captured: its text so far, nesting depth, string state.
  let parts: string[] | null = null;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let sawElement = false;
  const where = () => (section === null ? key || "(top level)" : `${section}[${index}]`);
  const fail = (message: string): never => {
    throw new ExportSyntaxError(message, where());
  };
  const parse = (raw: string): unknown => {
    try {
      return JSON.parse(raw);
    } catch (error) {
      return fail(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  };

  for await (const chunk of chunks) {
    let start: number = parts === null ? -1 : 0; // where the captured text starts in this chunk
    for (let i = 0; i < chunk.length; i += 1) {
      const char = chunk[i] as string;
      if (parts !== null) {
        // Capturing a key, a header value or a row: find where it ends.
        if (inString) {
          if (escaped) escaped = false;
          else if (char === "\\") escaped = true;
          else if (char === '"') {
            inString = false;
            if (depth === 0) {
              parts.push(chunk.slice(start, i + 1));
              const raw = parts.join("");
              parts = null;
              if (expect === "key") {
                key = String(parse(raw));
                expect = "colon";
              } else yield* finish(raw);
            }
          }
          continue;
        }
        if (depth === 0 && (char === "," || char === "}" || char === "]" || isSpace(char))) {
          // The end of a bare scalar (a number, true, null).
          parts.push(chunk.slice(start, i));
          const raw = parts.join("");
          parts = null;
          yield* finish(raw);
          i -= 1; // let the structural pass below see this character
        } else if (char === '"') inString = true;
        else if (char === "{" || char === "[") depth += 1;
        else if (char === "}" || char === "]") {
          depth -= 1;
          if (depth === 0) {
            parts.push(chunk.slice(start, i + 1));
            const raw = parts.join("");
            parts = null;
            yield* finish(raw);
          }
        }
        continue;
      }
      if (isSpace(char)) continue;
      if (section !== null) {
        // Between the rows of a section.
        if (char === "]") {
          if (expect === "value" && sawElement) fail("has a comma before the closing bracket");
          section = null;
          expect = "comma";
        } else if (char === "," && expect === "comma") expect = "value";
        else if (expect === "value") {
          if (char !== "{") fail("must be an object");
          ({ parts, depth, start } = { parts: [], depth: 1, start: i });
          sawElement = true;
        } else fail(`has “${char}” where a comma or “]” should be`);
        continue;
      }
      switch (expect) {
        case "open":
          if (char !== "{") fail("the file must hold one JSON object, starting with “{”");
          expect = "key";
          break;
        case "key":
          if (char === "}" && key === "") expect = "end";
          else if (char !== '"') fail(`has “${char}” where a field name should be`);
          else ({ parts, depth, inString, start } = { parts: [], depth: 0, inString: true, start: i });
          break;
        case "colon":
          if (char !== ":") fail(`has “${char}” where “:” should be`);
          expect = "value";
          break;
        case "value":
          if (char === "[") {
            ({ section, index, sawElement } = { section: key, index: 0, sawElement: false });
            yield { kind: "section", section: key };
          } else {
            const opens = char === "{" ? 1 : 0;
            ({ parts, depth, start } = { parts: [], depth: opens, start: i });
            inString = char === '"';
          }
          break;
        case "comma":
          if (char === ",") expect = "key";
          else if (char === "}") expect = "end";
          else fail(`has “${char}” where a comma or “}” should be`);
          break;
        case "end":
          fail("has text after the closing “}”");
      }
    }
    if (parts !== null) parts.push(chunk.slice(Math.max(start, 0)));
  }
  if (expect !== "end") fail("ends early: the file is cut off");

  function* finish(raw: string): Generator<ExportItem> {
    const value = parse(raw);
    if (section !== null) {
      yield { kind: "row", section, index, value };
      index += 1;
    } else yield { kind: "field", key, value };
    expect = "comma";
  }
}
