import { db } from "@/lib/db/client";

/** The most trivial question the database can answer: is it there? */
export async function pingDatabase(): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}
