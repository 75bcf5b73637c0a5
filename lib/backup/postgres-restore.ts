import { spawn } from "node:child_process";
import { AppError } from "@/lib/errors/app-error";
import { missingAppTables } from "./app-tables";
import {
  collectStderr,
  findPostgresTool,
  postgresToolFor,
  runPostgresTool,
  toolConnection,
  toolFailure,
} from "./postgres-tools";

/** The tables a pg_restore --list names: lines like "215; 1259 16390 TABLE public User postgres". */
export function tablesInArchiveList(list: string): string[] {
  return [...list.matchAll(/^\d+;\s+\d+\s+\d+\s+TABLE\s+public\s+(\S+)/gm)].map(
    (match) => match[1] as string,
  );
}

/** Checks that a custom-format archive is a dump of this app's database, without touching any database. */
export async function verifyPostgresDump(file: string): Promise<void> {
  const list = await runPostgresTool(findPostgresTool("pg_restore"), ["--list", file], {
    failure: `${file} cannot be read as a pg_dump archive. Nothing was changed`,
  });
  const missing = missingAppTables(tablesInArchiveList(list));
  if (missing.length > 0) {
    throw new AppError(
      "BAD_REQUEST",
      `${file} is a PostgreSQL dump, but not of this app (it has no ${missing.join(", ")} table). Nothing was changed.`,
    );
  }
}

/**
 * Replaces the database's `public` schema with the archive's, all or
 * nothing: pg_restore turns the archive into SQL, which psql runs inside one
 * transaction that first drops and recreates the schema (so no table of a
 * newer release is left behind to trip the migrations). COMMIT is sent only
 * once pg_restore has finished cleanly; if either tool fails, psql stops
 * (ON_ERROR_STOP) or reaches the end without COMMIT, and the server rolls
 * everything back. Ownership and grants are left out, so a dump restores
 * under another role.
 */
export async function restorePostgres(file: string, databaseUrl: string): Promise<void> {
  const pgRestore = await postgresToolFor("pg_restore", databaseUrl);
  const psql = await postgresToolFor("psql", databaseUrl);
  const { url, env } = toolConnection(databaseUrl);
  const reader = spawn(pgRestore, ["--no-owner", "--no-privileges", "--file=-", file], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const writer = spawn(psql, ["-X", "-q", "-v", "ON_ERROR_STOP=1", "--no-password", `--dbname=${url}`], {
    stdio: ["pipe", "ignore", "pipe"],
    env,
  });
  const readerErrors = collectStderr(reader.stderr);
  const writerErrors = collectStderr(writer.stderr);
  const readerDone = exitOf(reader);
  // psql stopping early (a failed statement) would leave pg_restore blocked on a full pipe.
  const writerDone = exitOf(writer).finally(() => reader.kill());
  // A dead psql closes its stdin; the exit status below reports why.
  writer.stdin.on("error", () => undefined);
  writer.stdin.write("BEGIN;\nDROP SCHEMA IF EXISTS public CASCADE;\nCREATE SCHEMA public;\n");
  reader.stdout.pipe(writer.stdin, { end: false });
  const readerStatus = await readerDone;
  if (readerStatus === 0) writer.stdin.end("COMMIT;\n");
  else writer.stdin.end();
  const writerStatus = await writerDone;
  if (writerStatus !== 0)
    throw toolFailure("Restoring failed; the database was left as it was", writerErrors(), writerStatus);
  if (readerStatus !== 0)
    throw toolFailure("pg_restore failed; the database was left as it was", readerErrors(), readerStatus);
}

function exitOf(child: ReturnType<typeof spawn>): Promise<number | null> {
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
}
