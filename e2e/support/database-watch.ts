import { createHash } from "node:crypto";
import Database from "better-sqlite3";

/**
 * A fingerprint of the whole e2e database: per table, its row count and a
 * hash of every row, so "a refused write changed nothing" is checked on
 * everything the app stores, the audit trail included, and on tables added
 * later (the list is read from the database, not written here).
 *
 * Left out: columns that any authenticated request may touch on its own (at
 * most once a minute per session or token), and tables every request or
 * open page writes (rate-limit buckets, who has an article open), which say
 * nothing about what the caller was allowed to do.
 */
const VOLATILE_COLUMNS: Record<string, string[]> = {
  ApiToken: ["lastUsedAt"],
  Session: ["lastSeenAt"],
};
const VOLATILE_TABLES = new Set(["RateLimitBucket", "Presence"]);

type Tables = Map<string, { rows: number; hash: string }>;

export interface Snapshot {
  /** SQLite's data_version when the tables were read. */
  version: number;
  tables: Tables;
}

/**
 * Reads the database the app under test writes, through a read-only
 * connection of its own (rows as raw arrays: several times faster than the
 * Prisma client, which matters at hundreds of fingerprints a run).
 */
export class DatabaseWatch {
  private readonly connection: Database.Database;
  /** How many times the tables were read and hashed in full. */
  fullReads = 0;

  constructor(databaseUrl = process.env.DATABASE_URL ?? "") {
    if (!databaseUrl.startsWith("file:"))
      throw new Error(
        `The permission matrix fingerprints an SQLite database; DATABASE_URL is ${databaseUrl}.`,
      );
    const file = databaseUrl.slice("file:".length).split("?")[0]!;
    this.connection = new Database(file, { readonly: true, fileMustExist: true });
  }

  snapshot(): Snapshot {
    // The version first: a commit during the read then shows as a new version next time.
    const version = this.dataVersion();
    return { version, tables: this.readTables() };
  }

  /**
   * What changed since `before`: the tables whose rows differ, and a snapshot
   * of now to compare the next call with. SQLite changes data_version on
   * every commit by any other connection, so an unchanged version means
   * nothing at all was written and the tables need not be read again.
   */
  changesSince(before: Snapshot): { changed: string[]; now: Snapshot } {
    if (this.dataVersion() === before.version) return { changed: [], now: before };
    const now = this.snapshot();
    const names = new Set([...before.tables.keys(), ...now.tables.keys()]);
    const changed = [...names]
      .filter((name) => before.tables.get(name)?.hash !== now.tables.get(name)?.hash)
      .map(
        (name) => `${name} (${before.tables.get(name)?.rows ?? 0} → ${now.tables.get(name)?.rows ?? 0} rows)`,
      );
    return { changed, now };
  }

  close() {
    this.connection.close();
  }

  private dataVersion(): number {
    return this.connection.pragma("data_version", { simple: true }) as number;
  }

  private readTables(): Tables {
    this.fullReads += 1;
    const names = (
      this.connection
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .pluck()
        .all() as string[]
    ).filter((name) => !VOLATILE_TABLES.has(name));
    const tables: Tables = new Map();
    for (const name of names) {
      const columns = (this.connection.pragma(`table_info("${name}")`) as Array<{ name: string }>)
        .map((column) => column.name)
        .filter((column) => !VOLATILE_COLUMNS[name]?.includes(column));
      const select = this.connection
        .prepare(`SELECT ${columns.map((c) => `"${c}"`).join(", ")} FROM "${name}" ORDER BY rowid`)
        .raw(true);
      const hash = createHash("sha256");
      let rows = 0;
      for (const row of select.iterate()) {
        hash.update(JSON.stringify(row));
        rows += 1;
      }
      tables.set(name, { rows, hash: hash.digest("hex") });
    }
    return tables;
  }
}
