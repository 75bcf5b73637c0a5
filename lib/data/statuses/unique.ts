/**
 * The distinct values, in first-seen order. Ids go through this before an
 * `in (...)` query: Prisma binds every element, duplicates included.
 */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
