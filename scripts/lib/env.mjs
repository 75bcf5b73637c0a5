// Environment defaults shared by every script (start, dev, test, prisma).
// The app itself resolves the same defaults in lib/config/env.ts; keep the
// two in step.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The data folder (git-ignored) holding the SQLite file and the dev secret. */
export function dataDir(env = process.env) {
  return path.resolve(projectRoot, env.DATA_DIR ?? "data");
}

/** DATABASE_URL, defaulting to an SQLite file in the data folder. */
export function databaseUrl(env = process.env) {
  return env.DATABASE_URL ?? `file:${path.join(dataDir(env), "app.db")}`;
}

/**
 * The Prisma CLI checks that native engine files exist before every command
 * and tries to download them when they don't, which fails offline. The WASM
 * engine (prisma.config.ts: engine "js") does the real work; pointing these
 * variables at any existing file only silences that check.
 */
export function prismaEngineEnv() {
  const anyFile = path.join(projectRoot, "package.json");
  return {
    PRISMA_SCHEMA_ENGINE_BINARY: anyFile,
    PRISMA_QUERY_ENGINE_LIBRARY: anyFile,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  };
}

/**
 * The next-auth secret. Read from NEXTAUTH_SECRET (or AUTH_SECRET). Outside
 * production, one is generated once and kept in the data folder so sessions
 * survive restarts. In production we refuse to invent one.
 */
export function resolveAuthSecret(env = process.env) {
  const fromEnv = env.NEXTAUTH_SECRET || env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  if (env.NODE_ENV === "production") {
    throw new Error(
      "NEXTAUTH_SECRET is not set: refusing to start in production without it (generate one with `openssl rand -base64 32`).",
    );
  }
  const file = path.join(dataDir(env), "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir(env), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}

/** The environment for tools that touch the database (prisma, seed). */
export function toolEnv(env = process.env) {
  mkdirSync(dataDir(env), { recursive: true });
  return { ...env, ...prismaEngineEnv(), NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: databaseUrl(env) };
}

/** The environment for the app server: the tool environment plus the secret. */
export function appEnv(env = process.env) {
  return { ...toolEnv(env), NEXTAUTH_SECRET: resolveAuthSecret(env) };
}
