import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { databaseUrl, projectRoot, resolveAuthSecret } from "./env.mjs";

const temp: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "factcheck-env-"));
  temp.push(dir);
  return dir;
};
afterEach(() => temp.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("launch environment", () => {
  it("defaults the database to an SQLite file in the data folder, and DATABASE_URL overrides it", () => {
    expect(databaseUrl({ DATA_DIR: "/srv/fc" })).toBe("file:/srv/fc/app.db");
    expect(databaseUrl({ DATABASE_URL: "file:/elsewhere.db" })).toBe("file:/elsewhere.db");
  });

  it("uses the secret from the environment when there is one", () => {
    expect(resolveAuthSecret({ NEXTAUTH_SECRET: "from-env", NODE_ENV: "production" })).toBe("from-env");
  });

  it("outside production, generates a secret once and keeps it in the data folder", () => {
    const dir = tempDir();
    const first = resolveAuthSecret({ DATA_DIR: dir });
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dir, "auth-secret"), "utf8").trim()).toBe(first);
    expect(resolveAuthSecret({ DATA_DIR: dir })).toBe(first);
  });

  it("in production, refuses to invent a secret", () => {
    expect(() => resolveAuthSecret({ DATA_DIR: tempDir(), NODE_ENV: "production" })).toThrow(
      /NEXTAUTH_SECRET is not set/,
    );
  });

  it("`npm start` in production without a secret exits with one clear line", () => {
    const { NEXTAUTH_SECRET: _a, AUTH_SECRET: _b, ...env } = process.env;
    const result = spawnSync(process.execPath, ["scripts/launch.mjs", "start"], {
      cwd: projectRoot,
      env: { ...env, NODE_ENV: "production", DATA_DIR: tempDir() },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^NEXTAUTH_SECRET is not set: refusing to start in production/);
  });
});
