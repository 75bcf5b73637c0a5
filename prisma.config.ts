// Prisma 6.19 CLI configuration. The CLI runs with its WASM schema engine
// (engine: "js" + a driver adapter) because the native engines cannot be
// downloaded on our offline machines. Run it through `scripts/prisma.mjs`,
// which fills in DATABASE_URL's default and silences the native-engine check.
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: run Prisma through scripts/prisma.mjs");
    return new PrismaBetterSQLite3({ url });
  },
});
