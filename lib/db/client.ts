import { PrismaPg } from "@prisma/adapter-pg";
import { serverEnv } from "@/lib/config/env";
import { PrismaClient } from "./generated/client";
import { PrismaClient as PostgresClient } from "./generated-postgresql/client";
import { providerOf } from "./dialect";
import { sqliteAdapter } from "./sqlite-adapter";

/**
 * The one Prisma client. Only the data layer (lib/data/) imports it.
 * DATABASE_URL picks the database: `file:` is SQLite, `postgres://` is
 * PostgreSQL. Both clients are generated from the same models
 * (scripts/lib/providers.mjs), so the PostgreSQL one has the SQLite one's
 * type and the code above this file never knows which it talks to.
 *
 * Kept on globalThis, in production too: Next.js may bundle this module into
 * several server chunks, and two SQLite connections in one process can
 * deadlock (one busy-waits synchronously for a lock the other's transaction
 * holds while it waits for the event loop). Dev-mode hot reloads reuse it.
 */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

// All queries may queue behind others for a connection (one, on SQLite):
// give a transaction time to start (maxWait) before failing.
const transactionOptions = { maxWait: 15_000, timeout: 30_000 };

function createClient(): PrismaClient {
  const url = serverEnv().DATABASE_URL;
  if (providerOf(url) === "postgresql") {
    const adapter = new PrismaPg({
      connectionString: url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    });
    return new PostgresClient({ adapter, transactionOptions }) as unknown as PrismaClient;
  }
  // SQLite allows one writer at a time: wait up to 15 s for the lock rather
  // than failing at once when another process (a script, a test) is writing.
  const adapter = sqliteAdapter({ url, timeout: 15_000 });
  const client = new PrismaClient({ adapter, transactionOptions });
  // Write-ahead logging lets readers carry on while someone writes. The mode
  // is stored in the database file, so setting it once per process is enough.
  void client.$queryRawUnsafe("PRAGMA journal_mode = WAL").catch(() => undefined);
  return client;
}

export const db: PrismaClient = (globalForPrisma.prisma ??= createClient());

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
