import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { serverEnv } from "@/lib/config/env";
import { PrismaClient } from "./generated/client";

/**
 * The one Prisma client. Only the data layer (lib/data/) imports it. Kept on
 * globalThis, in production too: Next.js may bundle this module into several
 * server chunks, and two SQLite connections in one process can deadlock (one
 * busy-waits synchronously for a lock the other's transaction holds while it
 * waits for the event loop). Dev-mode hot reloads reuse it as well.
 */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  // SQLite allows one writer at a time: wait up to 15 s for the lock rather
  // than failing at once when another process (a script, a test) is writing.
  const adapter = new PrismaBetterSQLite3({ url: serverEnv().DATABASE_URL, timeout: 15_000 });
  // All queries share one SQLite connection, so a transaction may wait its
  // turn behind others; give it time to start (maxWait) before failing.
  const client = new PrismaClient({ adapter, transactionOptions: { maxWait: 15_000, timeout: 30_000 } });
  // Write-ahead logging lets readers carry on while someone writes. The mode
  // is stored in the database file, so setting it once per process is enough.
  void client.$queryRawUnsafe("PRAGMA journal_mode = WAL").catch(() => undefined);
  return client;
}

export const db: PrismaClient = (globalForPrisma.prisma ??= createClient());

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
