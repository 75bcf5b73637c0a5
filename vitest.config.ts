import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"],
    // Migrates the template databases integration tests copy (lib/data/testing/temp-database.ts).
    globalSetup: ["lib/data/testing/global-setup.ts"],
    // Integration tests each migrate a database: give them time on 2 cores.
    testTimeout: 20_000,
    hookTimeout: 60_000,
    environment: "node",
  },
});
