import Database from "better-sqlite3";
import pg from "pg";

/** Table → primary key → row (column → value as JSON), for comparing a database before and after a change. */
export type KeyedRows = Record<string, Map<string, Record<string, string>>>;

function keyed(
  rows: Array<Record<string, unknown>>,
  keyColumns: string[],
): Map<string, Record<string, string>> {
  const map = new Map<string, Record<string, string>>();
  for (const row of rows) {
    const values = Object.fromEntries(
      Object.entries(row).map(([column, value]) => [column, JSON.stringify(value)]),
    );
    const key = keyColumns.length
      ? keyColumns.map((column) => values[column]).join("|")
      : JSON.stringify(values);
    map.set(key, values);
  }
  return map;
}

/** Every table of an SQLite file except Prisma's bookkeeping, keyed by primary key. */
export function sqliteKeyedRows(file: string): KeyedRows {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = sqlite
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'",
      )
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((table) => {
        const columns = sqlite.prepare(`PRAGMA table_info("${table}")`).all() as Array<{
          name: string;
          pk: number;
        }>;
        const keys = columns.filter((column) => column.pk > 0).map((column) => column.name);
        const rows = sqlite.prepare(`SELECT * FROM "${table}"`).all() as Array<Record<string, unknown>>;
        return [table, keyed(rows, keys)];
      }),
    );
  } finally {
    sqlite.close();
  }
}

/** Every table of a PostgreSQL database's public schema except Prisma's bookkeeping, keyed by primary key. */
export async function postgresKeyedRows(url: string): Promise<KeyedRows> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ table: string; keys: string[] | null }>(`
      SELECT t.table_name AS table,
             (SELECT array_agg(a.attname::text ORDER BY a.attnum)
                FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
               WHERE i.indrelid = format('public.%I', t.table_name)::regclass AND i.indisprimary) AS keys
        FROM information_schema.tables t
       WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND t.table_name <> '_prisma_migrations'`);
    const result: KeyedRows = {};
    for (const { table, keys } of tables.rows) {
      result[table] = keyed((await client.query(`SELECT * FROM public."${table}"`)).rows, keys ?? []);
    }
    return result;
  } finally {
    await client.end();
  }
}

/**
 * What an upgrade lost: rows of `before` missing in `after`, tables gone, and
 * values changed in the columns both still have. Empty when nothing was lost.
 */
export function lostData(before: KeyedRows, after: KeyedRows): string[] {
  const lost: string[] = [];
  for (const [table, rows] of Object.entries(before)) {
    const now = after[table];
    if (!now) {
      lost.push(`table ${table} (${rows.size} rows) is gone`);
      continue;
    }
    for (const [key, row] of rows) {
      const current = now.get(key);
      if (!current) {
        lost.push(`${table} ${key} is gone`);
        continue;
      }
      for (const [column, value] of Object.entries(row)) {
        if (column in current && current[column] !== value)
          lost.push(`${table} ${key}.${column}: ${value} became ${current[column]}`);
        if (!(column in current)) lost.push(`${table}.${column} is gone`);
      }
    }
  }
  return [...new Set(lost)];
}
