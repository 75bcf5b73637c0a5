import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { freePort } from "../../scripts/lib/free-port.mjs";

/**
 * Extra real servers for tests about starting up: `node scripts/launch.mjs
 * start` as an operator runs it (NODE_ENV=production, the e2e build, a
 * fresh data folder, a random secret, a free port), with its output kept
 * so a test can read the log. Each costs a migration, a seed and a Next.js
 * start (several seconds here), so tests start as few as they can.
 */
export interface SpawnedServer {
  url: string;
  dataDir: string;
  /** Whether it answered /signin: false when it exited first. */
  ready: boolean;
  /** Everything the server printed so far. */
  stdout(): string;
  stderr(): string;
  /** The exit code, once the process has ended. */
  exited: Promise<number | null>;
  /** Stops the server; with `keepData` the data folder stays for the next start. */
  stop(options?: { keepData?: boolean }): Promise<void>;
  /**
   * SIGKILL to the launcher and the Next.js server it started (their process
   * group: a power cut as far as the app can tell), and waits for the exit.
   * Only for servers spawned with `killable: true`. The data folder stays.
   */
  kill(): Promise<void>;
}

// Playwright runs from the project root (npm run test:e2e).
const projectRoot = process.cwd();
const launcher = path.join(projectRoot, "scripts/launch.mjs");

/** A fresh, empty data folder in the system's temporary directory. */
export function newDataDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), "factcheck-spawned-"));
}

/**
 * The environment of an operator's shell: nothing of the e2e run's own
 * database or demo settings, which Playwright's process carries.
 */
function operatorEnv(dataDir: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^(DATABASE_URL|DEMO|E2E_|NEXTAUTH_|AUTH_SECRET|TRUST_PROXY_HOPS|PORT$)/.test(name)) delete env[name];
  }
  return {
    ...env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: process.env.E2E_DIST_DIR || ".next-test",
    DATA_DIR: dataDir,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    ...extra,
  };
}

/** `node scripts/launch.mjs seed` on a data folder: migrations and the demo data. */
export function seedDemoData(dataDir: string): void {
  const result = spawnSync(process.execPath, [launcher, "seed"], {
    cwd: projectRoot,
    env: operatorEnv(dataDir, {}),
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`seed failed: ${result.stdout}${result.stderr}`);
}

/**
 * Starts `launch.mjs start` and resolves once /signin answers, or once the
 * process has exited (a refused start: read `exited` and `stderr()`).
 */
export async function spawnServer(
  options: {
    dataDir?: string;
    env?: Record<string, string>;
    /** Its own process group, so kill() reaches the Next.js child too. */
    killable?: boolean;
  } = {},
): Promise<SpawnedServer> {
  const dataDir = options.dataDir ?? newDataDir();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [launcher, "start"], {
    cwd: projectRoot,
    env: operatorEnv(dataDir, { PORT: String(port), NEXTAUTH_URL: url, ...options.env }),
    stdio: ["ignore", "pipe", "pipe"],
    detached: options.killable ?? false,
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  let hasExited = false;
  const killGroup = () => {
    if (options.killable && child.pid) process.kill(-child.pid, "SIGKILL");
    else child.kill("SIGKILL");
  };
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      hasExited = true;
      resolve(code);
    }),
  );

  const deadline = Date.now() + 90_000;
  let ready = false;
  while (!hasExited) {
    ready = await fetch(`${url}/signin`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      killGroup();
      throw new Error(`The server did not answer within 90 s.\n${stdout}\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  return {
    url,
    dataDir,
    ready,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    async stop({ keepData = false } = {}) {
      if (!hasExited) child.kill("SIGTERM");
      await exited;
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
    async kill() {
      if (!options.killable) throw new Error("Spawn the server with killable: true to kill it.");
      if (!hasExited) killGroup();
      await exited;
      // The group's other members (the Next.js server) die with the same signal; wait until they are gone.
      for (let i = 0; i < 100 && groupAlive(child.pid!); i += 1) await new Promise((r) => setTimeout(r, 50));
    },
  };
}

/** Whether any process of the group still runs (signal 0 only checks). */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Reads a spawned server's SQLite file directly (read-only), e.g. to count its users. */
export function queryDatabase<T>(dataDir: string, sql: string): T[] {
  const database = new Database(path.join(dataDir, "app.db"), { readonly: true, fileMustExist: true });
  try {
    return database.prepare(sql).all() as T[];
  } finally {
    database.close();
  }
}
