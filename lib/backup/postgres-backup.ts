import { postgresToolFor, runPostgresTool, toolConnection } from "./postgres-tools";

/**
 * pg_dump's custom format to `target`: one repeatable-read transaction, so
 * a consistent snapshot, taken without locking out writers. Compressed, and
 * pg_restore can read it selectively.
 */
export async function backupPostgres(databaseUrl: string, target: string): Promise<void> {
  const pgDump = await postgresToolFor("pg_dump", databaseUrl);
  const { url, env } = toolConnection(databaseUrl);
  await runPostgresTool(pgDump, ["--format=custom", "--no-password", `--file=${target}`, `--dbname=${url}`], {
    env,
    failure: "pg_dump failed",
  });
}
