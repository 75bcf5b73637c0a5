import { spawnSync } from "node:child_process";
import Database from "better-sqlite3";
import { findPostgresTool } from "../postgres-tools";

/** Every table's rows, each as one comparable string, sorted: table name → rows. */
export type TableRows = Record<string, string[]>;

/** An SQLite file's tables and rows (a backup file, or a database after restoring). */
export function sqliteTableRows(file: string): TableRows {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = sqlite
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((table) => [
        table,
        sqlite
          .prepare(`SELECT * FROM "${table}"`)
          .all()
          .map((row) => JSON.stringify(row))
          .sort(),
      ]),
    );
  } finally {
    sqlite.close();
  }
}

function run(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${tool} ${args.join(" ")}: ${result.stderr}`);
  return result.stdout;
}

/**
 * The data inside a pg_dump archive, read without restoring it: pg_restore
 * prints each table as a COPY block in PostgreSQL's text format. Returns the
 * rows and each table's column list (to read a database back in the same shape).
 */
export function dumpTableRows(file: string): { rows: TableRows; columns: Record<string, string> } {
  const script = run(findPostgresTool("pg_restore"), ["--data-only", "--file=-", file]);
  const rows: TableRows = {};
  const columns: Record<string, string> = {};
  for (const block of script.matchAll(/^COPY public\.(\S+) \(([^)]*)\) FROM stdin;\n([\s\S]*?)^\\\.$/gm)) {
    const table = (block[1] as string).replace(/^"|"$/g, "");
    columns[table] = block[2] as string;
    rows[table] = (block[3] as string).split("\n").filter(Boolean).sort();
  }
  return { rows, columns };
}

/** A PostgreSQL database's tables and rows in the same text format as dumpTableRows. */
export function postgresTableRows(url: string, columns: Record<string, string>): TableRows {
  const psql = findPostgresTool("psql");
  const tables = run(psql, [
    url,
    "-XAtc",
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
  ])
    .split("\n")
    .filter(Boolean);
  return Object.fromEntries(
    tables.map((table) => {
      const list = columns[table] ? `(${columns[table]})` : "";
      const copy = `COPY public."${table}" ${list} TO STDOUT`;
      const settings = ["-c", "SET datestyle = ISO", "-c", "SET extra_float_digits = 3"];
      return [
        table,
        run(psql, [url, "-XAq", ...settings, "-c", copy])
          .split("\n")
          .filter(Boolean)
          .sort(),
      ];
    }),
  );
}
