import os from "node:os";
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
    // Vitest's default is one worker fewer than the cores: on our 2-core machines that is one, and the
    // second core idled while integration tests waited on their databases. Two took the run from 5 to 2.5 minutes.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    hookTimeout: 60_000,
    environment: "node",
  },
});
