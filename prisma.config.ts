// Prisma 6.19 CLI configuration. The CLI runs with its WASM schema engine
// (engine: "js" + a driver adapter) because the native engines cannot be
// downloaded on our offline machines. Run it through `scripts/prisma.mjs`,
// which fills in DATABASE_URL's default and silences the native-engine check.
// DATABASE_URL picks the provider's schema, migrations and adapter; the
// PostgreSQL schema is derived from prisma/schema.prisma on install.
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

const url = process.env.DATABASE_URL ?? "";
const postgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgresql/migrations" : "prisma/migrations" },
  adapter: async () => {
    if (!url) throw new Error("DATABASE_URL is not set: run Prisma through scripts/prisma.mjs");
    return postgres ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url });
  },
});
