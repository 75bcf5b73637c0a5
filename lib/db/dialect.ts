import { serverEnv } from "@/lib/config/env";
import { providerOf, type Provider } from "@/scripts/lib/providers.mjs";

/**
 * Everything that differs between SQLite and PostgreSQL lives here: which
 * provider the configured URL names, and the few raw SQL statements the
 * Prisma query API cannot express portably. The rest of the code base
 * speaks Prisma only.
 */
export { providerOf, type Provider };

export function currentProvider(): Provider {
  return providerOf(serverEnv().DATABASE_URL);
}
