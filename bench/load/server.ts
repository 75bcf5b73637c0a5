import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot, toolEnv } from "@/scripts/lib/env.mjs";
import { freePort } from "@/scripts/lib/free-port.mjs";

/** bench:load's own production build, so it never clobbers `.next` or the e2e build. */
export const BENCH_DIST_DIR = ".next-bench";
const nextBin = path.join(projectRoot, "node_modules/next/dist/bin/next");

/**
 * Builds into .next-bench unless a build is there. `next build` adds its
 * types folder to tsconfig.json; the file is put back as it was.
 */
export function ensureBuild(): void {
  if (existsSync(path.join(projectRoot, BENCH_DIST_DIR, "BUILD_ID"))) return;
  console.log(`No build in ${BENCH_DIST_DIR}: building (a few minutes)…`);
  const tsconfig = path.join(projectRoot, "tsconfig.json");
  const before = readFileSync(tsconfig, "utf8");
  try {
    const result = spawnSync(process.execPath, [nextBin, "build"], {
      cwd: projectRoot,
      stdio: "inherit",
      env: {
        ...toolEnv(process.env),
        NODE_ENV: "production",
        NEXT_DIST_DIR: BENCH_DIST_DIR,
        NEXT_SKIP_TYPECHECK: "1",
      },
    });
    if (result.status !== 0) throw new Error("next build failed");
  } finally {
    writeFileSync(tsconfig, before);
  }
}

export interface AppInstance {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export interface InstanceOptions {
  databaseUrl: string;
  dataDir: string;
  authSecret: string;
  /** Node flags for the server process, e.g. --cpu-prof. */
  nodeArgs?: string[];
  /** More environment for the server process. */
  env?: Record<string, string>;
}

/** A random secret every instance of one run shares, so a session cookie works on all of them. */
export const newAuthSecret = () => randomBytes(32).toString("base64url");

/** `next start` of the bench build on a free loopback port; resolves once it answers. */
export async function startInstance(options: InstanceOptions): Promise<AppInstance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), nextBin, "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: projectRoot,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...toolEnv({ ...process.env, DATA_DIR: options.dataDir, DATABASE_URL: options.databaseUrl }),
        NODE_ENV: "production",
        DEMO: "1",
        NEXT_DIST_DIR: BENCH_DIST_DIR,
        NEXTAUTH_SECRET: options.authSecret,
        NEXTAUTH_URL: url,
        // The benchmark measures the server, not the per-token limit it would hit at once.
        API_RATE_LIMIT_PER_MINUTE: "1000000000",
        ...options.env,
      },
    },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitUntilUp(url, child);
  return {
    url,
    child,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server at ${url} exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/auth/csrf`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server at ${url} did not answer within 60 s`);
}
