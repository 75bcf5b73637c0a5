import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { AppError } from "@/lib/errors/app-error";
import { findPostgresBin } from "@/scripts/lib/postgres-cluster.mjs";

export type PostgresTool = "pg_dump" | "pg_restore" | "psql";

/** The tool from the newest installed PostgreSQL (findPostgresBin), else from PATH. */
export function findPostgresTool(tool: PostgresTool): string {
  const bin = findPostgresBin();
  if (bin && existsSync(path.join(bin, tool))) return path.join(bin, tool);
  const onPath = spawnSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" }).stdout.trim();
  if (onPath) return onPath;
  throw new AppError(
    "UNAVAILABLE",
    `${tool} is not installed. Install the PostgreSQL client tools of your server's version (for example \`apt-get install postgresql-client-15\`) and try again.`,
  );
}

/** "pg_dump (PostgreSQL) 15.10 (Debian 15.10-1)" → 15. */
export function majorVersionOf(versionText: string): number | null {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(versionText);
  return match ? Number(match[1]) : null;
}

/** A connection to the database, or an error that says what to check. */
export async function connectPostgres(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    const name = new URL(databaseUrl).pathname.slice(1);
    const hint = /does not exist/.test((error as Error).message)
      ? `Create it first (\`createdb ${name}\`, or CREATE DATABASE in psql).`
      : "Check that the server runs and that DATABASE_URL is right.";
    throw new AppError(
      "UNAVAILABLE",
      `Cannot connect to the PostgreSQL database ${name} (${(error as Error).message}). ${hint}`,
    );
  }
}

export async function serverMajorVersion(databaseUrl: string): Promise<number> {
  const client = await connectPostgres(databaseUrl);
  try {
    const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    return Math.floor(Number(rows[0]?.server_version_num) / 10_000);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The tool, checked to be at least as new as the server: pg_dump refuses a
 * newer server, and pg_restore cannot read archives a newer pg_dump wrote.
 */
export async function postgresToolFor(tool: PostgresTool, databaseUrl: string): Promise<string> {
  const file = findPostgresTool(tool);
  const toolMajor = majorVersionOf(spawnSync(file, ["--version"], { encoding: "utf8" }).stdout ?? "");
  const serverMajor = await serverMajorVersion(databaseUrl);
  if (toolMajor !== null && toolMajor < serverMajor) {
    throw new AppError(
      "UNAVAILABLE",
      `${file} is version ${toolMajor}, older than the PostgreSQL ${serverMajor} server, so it cannot work with it. Install the client tools of version ${serverMajor} or newer (for example \`apt-get install postgresql-client-${serverMajor}\`).`,
    );
  }
  return file;
}

/**
 * The URL a tool connects with, and its environment: the password moves
 * from the URL to PGPASSWORD, so it never shows in the process list.
 */
export function toolConnection(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = "";
  return { url: url.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

/** Runs a PostgreSQL tool to the end; resolves with its standard output, or fails with its own message. */
export function runPostgresTool(
  file: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; failure: string },
): Promise<string> {
  const { failure } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ["ignore", "pipe", "pipe"], env: options.env ?? process.env });
    const stdout: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    const stderr = collectStderr(child.stderr);
    child.on("error", (error) => reject(new AppError("UNAVAILABLE", `${failure}: ${error.message}`)));
    child.on("close", (status) =>
      status === 0
        ? resolve(Buffer.concat(stdout).toString("utf8"))
        : reject(toolFailure(failure, stderr(), status)),
    );
  });
}

/** Keeps what a tool writes to stderr; call the result for the text so far. */
export function collectStderr(stream: NodeJS.ReadableStream): () => string {
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  return () => Buffer.concat(chunks).toString("utf8");
}

/** The tool's own last lines: PostgreSQL's messages say what went wrong. */
export function toolFailure(failure: string, stderr: string, status: number | null): AppError {
  const detail = stderr.trim().split("\n").slice(-3).join(" ");
  return new AppError("INTERNAL", `${failure}: ${detail || `exit status ${status}`}`);
}
