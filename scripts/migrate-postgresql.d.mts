export interface CommittedMigration {
  name: string;
  sql: string;
  checksum: string;
}
export function committedPostgresMigrations(folder?: string): CommittedMigration[];
export function migratePostgres(
  url: string,
  options?: { log?: (line: string) => void; folder?: string },
): Promise<string[]>;
