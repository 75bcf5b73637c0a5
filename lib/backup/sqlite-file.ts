/** The file a `file:` DATABASE_URL names, as lib/cli/prepare-database.ts reads it. */
export function sqliteFileOf(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, "");
}
