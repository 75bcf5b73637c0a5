import { defineConfig } from "@playwright/test";
import { chromiumArgs, findChromium } from "./scripts/lib/browser.mjs";

// Run through `npm run test:e2e`, which builds the app and picks a free port.
const port = Number(process.env.E2E_PORT ?? 3107);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  // Several app instances on one PostgreSQL: only in `npm test`'s PostgreSQL pass, which names the server.
  testIgnore: process.env.E2E_POSTGRES_ADMIN_URL ? [] : ["**/instances/**"],
  fullyParallel: false,
  // One worker: tests write fixtures straight into the app's SQLite file from
  // the test process, and SQLite has a single writer. Two workers showed
  // intermittent lock timeouts between fixture writes and the app's own.
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // Each run (and each shard of `npm test`) has its own folder: Playwright empties it at the start.
  outputDir: `test-results/artifacts${(process.env.E2E_DIST_DIR ?? ".next-test").replace(/^\.next-test/, "").replace(/\W/g, "-")}${process.env.E2E_OUTPUT_SUFFIX ?? ""}`,
  reporter: [["list"], ["json", { outputFile: process.env.E2E_REPORT ?? "test-results/e2e.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: { executablePath: findChromium() ?? undefined, args: chromiumArgs },
  },
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/signin`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { E2E_PORT: String(port) },
    stdout: "ignore",
    stderr: "pipe",
  },
});
