import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { connectPostgres } from "./postgres-tools";
import { providerOf, sqliteFileOf } from "@/scripts/lib/providers.mjs";

export interface NewsroomData {
  users: number;
  articles: number;
}

/** True when there is something a restore would destroy: any account or article. */
export const holdsNewsroomData = (data: NewsroomData) => data.users > 0 || data.articles > 0;

/** "6 users and 1 article". */
export function describeNewsroomData({ users, articles }: NewsroomData): string {
  const count = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;
  return `${count(users, "user")} and ${count(articles, "article")}`;
}

/**
 * Counts the accounts and articles in the database a URL names, read
 * straight from the tables (not through the app's client, whose schema may
 * be newer than the database's). No database, or one without the app's
 * tables (never migrated, or migrated but empty), counts as empty.
 */
export async function countNewsroomData(databaseUrl: string): Promise<NewsroomData> {
  if (providerOf(databaseUrl) === "postgresql") return countOnPostgres(databaseUrl);
  const file = sqliteFileOf(databaseUrl);
  if (!existsSync(file)) return { users: 0, articles: 0 };
  const sqlite = new Database(file, { readonly: true, fileMustExist: true, timeout: 15_000 });
  try {
    const count = (table: string) => {
      const exists = sqlite
        .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
        .get(table);
      return exists ? (sqlite.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n : 0;
    };
    return { users: count("User"), articles: count("Article") };
  } finally {
    sqlite.close();
  }
}

async function countOnPostgres(databaseUrl: string): Promise<NewsroomData> {
  const client = await connectPostgres(databaseUrl);
  try {
    const count = async (table: string) => {
      const { rows } = await client.query<{ exists: boolean }>(
        "SELECT to_regclass($1) IS NOT NULL AS exists",
        [`public."${table}"`],
      );
      if (!rows[0]?.exists) return 0;
      return Number(
        (await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM public."${table}"`)).rows[0]?.n,
      );
    };
    return { users: await count("User"), articles: await count("Article") };
  } finally {
    await client.end().catch(() => undefined);
  }
}
