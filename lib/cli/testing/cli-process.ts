import { spawn } from "node:child_process";
import path from "node:path";
import { projectRoot } from "@/scripts/lib/env.mjs";

export interface CliProcessRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real CLI (`tsx scripts/cli.ts`) in a subprocess, as people run
 * it, with this process's environment plus `env`. Async (not spawnSync), so
 * the test process can keep serving or writing meanwhile.
 */
export function runCliProcess(
  args: string[],
  options: { env?: Record<string, string>; input?: string } = {},
): Promise<CliProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(projectRoot, "node_modules", ".bin", "tsx"), ["scripts/cli.ts", ...args], {
      cwd: projectRoot,
      env: { ...process.env, ...options.env },
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (status) => {
      resolve({
        status,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
      });
    });
    child.stdin.end(options.input ?? "");
  });
}

/** The CLI on the database `databaseUrl` names, as an operator runs it there (no demo seeding). */
export const runCliOn = (databaseUrl: string, args: string[]) =>
  runCliProcess(args, { env: { DATABASE_URL: databaseUrl, DEMO: "" } });
