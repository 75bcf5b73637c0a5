#!/usr/bin/env node
// The app as e2e tests see it: the production build in .next-test, on the
// port Playwright chose, with a throwaway database in a temporary folder that
// is deleted when the server stops.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { prepareDatabase } from "./lib/database.mjs";
import { projectRoot, toolEnv } from "./lib/env.mjs";

const require = createRequire(import.meta.url);
const port = process.env.E2E_PORT ?? "3107";
// npm run test:e2e passes E2E_DATA_DIR so tests can add fixtures to the same database.
const ownsDataDir = !process.env.E2E_DATA_DIR;
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), "factcheck-e2e-"));
// A PostgreSQL DATABASE_URL (the API specs' second pass in `npm test`) is kept; else the data folder's SQLite file.
const postgresUrl = /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? "")
  ? process.env.DATABASE_URL
  : undefined;
const env = {
  ...toolEnv({ ...process.env, DATA_DIR: dataDir, DATABASE_URL: postgresUrl }),
  NODE_ENV: "production",
  // The tests sign in as the demo accounts: asked for explicitly, as `npm run demo` does.
  DEMO: "1",
  NEXT_DIST_DIR: process.env.E2E_DIST_DIR || ".next-test",
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  // e2e tests serve pages to import from local test servers.
  IMPORT_ALLOWED_HOSTS: process.env.IMPORT_ALLOWED_HOSTS ?? "127.0.0.1,localhost",
  // As behind one reverse proxy: a test may send X-Forwarded-For to act from its own
  // address, so sign-in throttle tests never block the other tests' 127.0.0.1.
  TRUST_PROXY_HOPS: "1",
  // Low enough that the rate-limit test reaches it quickly; each test uses its own tokens.
  API_RATE_LIMIT_PER_MINUTE: "120",
  // The security suites call the public account-link routes hundreds of times from one address.
  PUBLIC_RATE_LIMIT_PER_MINUTE: "100000",
};
const cleanup = () => ownsDataDir && rmSync(dataDir, { recursive: true, force: true });

prepareDatabase(env, { quiet: true });
const child = spawn(
  process.execPath,
  [require.resolve("next/dist/bin/next"), "start", "-p", port, "-H", "127.0.0.1"],
  {
    cwd: projectRoot,
    stdio: "inherit",
    env,
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => {
  cleanup();
  process.exit(code ?? 0);
});
