/**
 * Tables every release of the app has had (besides Prisma's bookkeeping):
 * a database or dump without them is not a backup of this app.
 */
export const requiredAppTables = ["_prisma_migrations", "User", "Article", "ArticleRevision", "Claim"];

/** The required tables missing from a list of table names. */
export function missingAppTables(tables: Iterable<string>): string[] {
  const present = new Set(tables);
  return requiredAppTables.filter((table) => !present.has(table));
}
