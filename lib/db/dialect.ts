import { serverEnv } from "@/lib/config/env";
import { signalLocal } from "@/lib/live/local-channel";
import { providerOf, type Provider } from "@/scripts/lib/providers.mjs";
import { Prisma } from "./generated/client";

/**
 * Everything that differs between SQLite and PostgreSQL lives here: which
 * provider the configured URL names, and the few raw SQL statements the
 * Prisma query API cannot express portably. The rest of the code base
 * speaks Prisma only. Placeholders are Prisma's tagged templates, which
 * each client renders in its own style (? or $1).
 */
export { providerOf, type Provider };

export function currentProvider(): Provider {
  return providerOf(serverEnv().DATABASE_URL);
}

/** The two-argument minimum: a scalar MIN() in SQLite, LEAST() in PostgreSQL. */
function least(a: Prisma.Sql, b: Prisma.Sql): Prisma.Sql {
  return currentProvider() === "postgresql" ? Prisma.sql`LEAST(${a}, ${b})` : Prisma.sql`MIN(${a}, ${b})`;
}

/**
 * Takes one token from a stored bucket if, refilled to `now`, it has one:
 * a single UPDATE, which PostgreSQL re-checks after waiting for a racing
 * writer's row lock, so two instances can never both take the last token.
 * Returns the row when a token was taken, no row when none was left.
 */
export function takeTokenStatement({
  key,
  now,
  capacity,
  windowMs,
}: {
  key: string;
  now: number;
  capacity: number;
  windowMs: number;
}): Prisma.Sql {
  const num = (value: number) => Prisma.sql`CAST(${value} AS DOUBLE PRECISION)`;
  const refilled = least(
    num(capacity),
    Prisma.sql`"tokens" + (${num(now)} - "refilledAt") * ${num(capacity / windowMs)}`,
  );
  return Prisma.sql`
    UPDATE "RateLimitBucket" SET "tokens" = ${refilled} - 1, "refilledAt" = ${num(now)}
    WHERE "key" = ${key} AND ${refilled} >= 1
    RETURNING "tokens"`;
}

/** The PostgreSQL channel live updates are announced on (lib/live/postgres-listener.ts listens). */
export const LIVE_CHANNEL = "live_events";

/** The one raw call notifyLive needs, so this file need not import the client (which imports it). */
interface RawExecutor {
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): Promise<number>;
}

/**
 * Announces a live signal (lib/live/live-signal.ts), inside the caller's
 * transaction when given one.
 * PostgreSQL delivers a NOTIFY only when the transaction commits, to every
 * app instance that listens, and drops it on rollback. SQLite has one app
 * process: the in-process channel is woken now, before the commit, so the
 * hub re-reads the LiveEvent rows rather than trusting the signal.
 */
export async function notifyLive(tx: RawExecutor, payload: string): Promise<void> {
  if (currentProvider() === "postgresql") {
    await tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${payload})`;
  } else {
    signalLocal(payload);
  }
}

/** Creates `key`'s full bucket unless it exists (one statement, safe under races). */
export function createBucketStatement({
  key,
  now,
  capacity,
}: {
  key: string;
  now: number;
  capacity: number;
}): Prisma.Sql {
  const num = (value: number) => Prisma.sql`CAST(${value} AS DOUBLE PRECISION)`;
  return Prisma.sql`
    INSERT INTO "RateLimitBucket" ("key", "tokens", "refilledAt") VALUES (${key}, ${num(capacity)}, ${num(now)})
    ON CONFLICT ("key") DO NOTHING`;
}

/** Bound parameters per statement: under SQLite's 32,766 (PostgreSQL allows 65,535). */
const MAX_BULK_PARAMETERS = 30_000;

/**
 * Multi-row INSERTs of `rows` into `table`, for bulk loads (bench:seed):
 * Prisma's createMany costs about half a millisecond a row through the
 * WASM engine, far too slow for hundreds of thousands. Columns are the union
 * of the rows' keys (a row without one gets NULL), so rows must carry every
 * value without a database default. One statement per chunk that fits the
 * parameter limit; run each with `$executeRaw`.
 */
export function bulkInsertStatements(
  table: string,
  rows: ReadonlyArray<Record<string, unknown>>,
): Prisma.Sql[] {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  if (columns.length === 0) return [];
  const perStatement = Math.max(1, Math.floor(MAX_BULK_PARAMETERS / columns.length));
  const names = Prisma.raw(columns.map((column) => `"${column}"`).join(", "));
  const statements: Prisma.Sql[] = [];
  for (let from = 0; from < rows.length; from += perStatement) {
    const tuples = rows
      .slice(from, from + perStatement)
      .map((row) => Prisma.sql`(${Prisma.join(columns.map((column) => row[column] ?? null))})`);
    statements.push(
      Prisma.sql`INSERT INTO ${Prisma.raw(`"${table}"`)} (${names}) VALUES ${Prisma.join(tuples)}`,
    );
  }
  return statements;
}

/**
 * Runs `work` while holding a lock every app instance shares: on PostgreSQL
 * an advisory lock on a connection of its own (so instances starting
 * together seed one after the other, and the second finds the work done);
 * on SQLite, one machine's processes already queue for the file's one
 * writer, so `work` just runs.
 */
export async function withSharedLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const url = serverEnv().DATABASE_URL;
  if (providerOf(url) !== "postgresql") return work();
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext($1))", [name]);
    return await work();
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext($1))", [name]).catch(() => undefined);
    await client.end();
  }
}

/**
 * Serialises the transactions that pass the same `name`, until the caller's
 * transaction ends: for check-then-write rules ("no user yet", "another
 * admin remains") that read rows other transactions may be changing. On
 * PostgreSQL (READ COMMITTED) two such transactions would otherwise both
 * pass the check; a transaction-scoped advisory lock makes the second wait
 * and then read what the first committed. SQLite runs one writing
 * transaction at a time already, so nothing is needed there.
 */
export async function lockInTransaction(tx: RawExecutor, name: string): Promise<void> {
  if (currentProvider() === "postgresql")
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${name}))`;
}
