// A throwaway PostgreSQL cluster for tests: initdb in a temporary folder,
// started on a free port on loopback only, trust auth, removed on stop.
// PostgreSQL refuses to run as root, so as root the server runs as the
// `postgres` system user (as ../shared/notes/offline-setup.md describes).
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, realpathSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** The folder with initdb and pg_ctl, or null when PostgreSQL is not installed. */
export function findPostgresBin() {
  const onPath = spawnSync("sh", ["-c", "command -v pg_ctl"], { encoding: "utf8" }).stdout.trim();
  // The real folder (not a symlink's, such as /usr/local/bin), so that psql and pg_dump are beside pg_ctl.
  const onPathDir = onPath ? path.dirname(realpathSync(onPath)) : "";
  if (onPathDir && existsSync(path.join(onPathDir, "initdb"))) return onPathDir;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = path.join(root, version, "bin");
    if (existsSync(path.join(bin, "initdb"))) return bin;
  }
  return null;
}

/** Starts a cluster; returns its admin URL (database `postgres`) and a stop function. */
export function startThrowawayCluster({ port }) {
  const bin = findPostgresBin();
  if (!bin)
    throw new Error("PostgreSQL is not installed (no initdb/pg_ctl found): apt-get install postgresql");
  const dir = mkdtempSync(path.join(os.tmpdir(), "factcheck-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, Number(execFileSync("id", ["-u", "postgres"]).toString()), 0);
  const run = (command) => {
    const result = asRoot
      ? spawnSync("su", ["postgres", "-s", "/bin/sh", "-c", command], { encoding: "utf8" })
      : spawnSync("sh", ["-c", command], { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${command}\n${result.stdout}${result.stderr}`);
  };
  const data = path.join(dir, "data");
  run(`'${bin}/initdb' -D '${data}' -A trust -U postgres --no-sync >/dev/null`);
  // fsync off: a test cluster trades durability for speed; it is deleted afterwards.
  const options = `-p ${port} -k '${dir}' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300`;
  run(`'${bin}/pg_ctl' -D '${data}' -o "${options}" -l '${dir}/log' -w start >/dev/null`);
  let stopped = false;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run(`'${bin}/pg_ctl' -D '${data}' -m immediate -w stop >/dev/null`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
