/**
 * Why the database refused a write when the fault is the storage's, not the
 * request's: its disk is full, or it is read-only (a read-only file or
 * filesystem, a PostgreSQL standby or `default_transaction_read_only`).
 * Reads still work then, so the app keeps serving them and answers writes
 * with a 503 an admin can act on.
 */
export type StorageFailure = "disk_full" | "read_only";

// SQLite primary result codes (extended codes keep them in the low byte).
const SQLITE_READONLY = 8;
const SQLITE_FULL = 13;
// PostgreSQL SQLSTATEs: disk_full, read_only_sql_transaction.
const PG_DISK_FULL = "53100";
const PG_READ_ONLY = "25006";

const fullMessages = [/database or disk is full/i, /no space left on device/i, /could not extend file/i];
const readOnlyMessages = [/attempt to write a readonly database/i, /read-only transaction/i];

/**
 * The storage failure behind `error`, or null for any other error. Looks
 * through the shapes the drivers' errors reach the app in: better-sqlite3's
 * SqliteError, Prisma's DriverAdapterError (cause) and its known request
 * errors (meta.driverAdapterError), wherever they are nested.
 */
export function storageFailureOf(error: unknown): StorageFailure | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const failure = failureOfOne(current as Record<string, unknown>);
    if (failure) return failure;
    const record = current as { cause?: unknown; meta?: { driverAdapterError?: unknown } };
    queue.push(record.cause, record.meta?.driverAdapterError);
  }
  return null;
}

function failureOfOne(error: Record<string, unknown>): StorageFailure | null {
  for (const code of [error.code, error.originalCode]) {
    if (code === "SQLITE_FULL" || code === PG_DISK_FULL) return "disk_full";
    if (code === PG_READ_ONLY || (typeof code === "string" && code.startsWith("SQLITE_READONLY"))) {
      return "read_only";
    }
  }
  if (error.kind === "sqlite" && typeof error.extendedCode === "number") {
    const primary = error.extendedCode & 0xff;
    if (primary === SQLITE_FULL) return "disk_full";
    if (primary === SQLITE_READONLY) return "read_only";
  }
  const message = [error.message, error.originalMessage].filter((m) => typeof m === "string").join(" ");
  if (fullMessages.some((pattern) => pattern.test(message))) return "disk_full";
  if (readOnlyMessages.some((pattern) => pattern.test(message))) return "read_only";
  return null;
}

const problems: Record<StorageFailure, string> = {
  disk_full: "the database's disk is full",
  read_only: "the database is read-only",
};
const fixes: Record<StorageFailure, string> = {
  disk_full: "free disk space or enlarge the volume",
  read_only:
    "make it writable again (the database file's permissions or filesystem, or the PostgreSQL server's read-only mode)",
};

/** What the caller is told: the change was not saved, reading works, and what the admin must do. */
export function storageFailureMessage(failure: StorageFailure): string {
  return `The change was not saved: ${problems[failure]}. Reading still works. An administrator must ${fixes[failure]}; then try again.`;
}

/** The same for signing in, which has to write a session. */
export function signInStorageFailureMessage(failure: StorageFailure): string {
  return `Signing in is not possible just now: ${problems[failure]}. An administrator must ${fixes[failure]}; then try again.`;
}

let warned = false;

/**
 * Runs a write that only keeps bookkeeping (a "last seen" time, a rate-limit
 * bucket, presence) and must not stop a read when storage refuses writes:
 * on a storage failure it logs once and returns `fallback`; other errors
 * are thrown as usual.
 */
export async function unlessStorageFails<T>(write: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const failure = storageFailureOf(error);
    if (!failure) throw error;
    if (!warned) {
      warned = true;
      console.warn(
        `The database refuses writes (${failure.replace("_", " ")}): serving reads only until it recovers.`,
      );
    }
    return fallback;
  }
}
