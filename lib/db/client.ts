import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { serverEnv } from "@/lib/config/env";
import { PrismaClient } from "./generated/client";

/**
 * The one Prisma client. Only the data layer (lib/data/) imports it. Kept on
 * globalThis so dev-mode hot reloads don't open a new connection each time.
 */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: serverEnv().DATABASE_URL });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
