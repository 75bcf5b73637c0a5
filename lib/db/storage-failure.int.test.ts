import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { adminSql, testPostgresUrl } from "@/lib/data/testing/test-databases";
import type { StorageFailure } from "./storage-failure";

// A database that refuses writes, through the real API route handlers. On
// SQLite: a full disk (the file on a small tmpfs, filled up) and a
// read-only file (chattr +i, which binds root too). On PostgreSQL: a
// read-only database (default_transaction_read_only, as on a standby) and a
// full disk (the database moved to a tablespace on a small tmpfs). Writes
// get a 503 that says what to do, nothing is half-written, reads keep
// working (their bookkeeping writes are skipped), and once the admin fixes
// the storage the same write goes through.
const postgresUrl = testPostgresUrl();
const database = createTempDatabase();
const databaseName = new URL(database.url).pathname.slice(1);
// Mounting needs root (CI runs as root); elsewhere only PostgreSQL's read-only case can run.
const canMount = process.getuid?.() === 0;
// A tablespace must be on the server's machine: only a local server's.
const localPostgres =
  postgresUrl && ["127.0.0.1", "localhost", "[::1]"].includes(new URL(postgresUrl).hostname);
const mountDir =
  canMount && (!postgresUrl || localPostgres) ? mkdtempSync(path.join(os.tmpdir(), "factcheck-full-")) : null;
const tablespace = `full_${process.pid}`;
if (mountDir) {
  execFileSync("mount", ["-t", "tmpfs", "-o", `size=${postgresUrl ? 64 : 24}m`, "tmpfs", mountDir]);
  if (postgresUrl) {
    const files = path.join(mountDir, "pg");
    mkdirSync(files);
    execFileSync("chown", ["postgres", files]);
    adminSql(postgresUrl, `CREATE TABLESPACE ${tablespace} LOCATION '${files}'`);
    adminSql(postgresUrl, `ALTER DATABASE ${databaseName} SET TABLESPACE ${tablespace}`);
  } else {
    const source = new URL(database.url).pathname;
    copyFileSync(source, path.join(mountDir, "app.db"));
    process.env.DATABASE_URL = `file:${path.join(mountDir, "app.db")}`;
  }
}
const filler = mountDir ? path.join(mountDir, "filler") : null;
const sqliteFile = mountDir && !postgresUrl ? path.join(mountDir, "app.db") : null;

const { db } = await import("@/lib/db/client");
const claims = await import("@/app/api/v1/articles/[id]/claims/route");
const comments = await import("@/app/api/v1/claims/[id]/comments/route");
const { createApiToken } = await import("@/lib/data/tokens/create-api-token");

afterAll(async () => {
  await db.$disconnect();
  if (sqliteFile) execFileSync("chattr", ["-i", sqliteFile]);
  database.dispose();
  if (mountDir) {
    if (postgresUrl) adminSql(postgresUrl, `DROP TABLESPACE IF EXISTS ${tablespace}`);
    execFileSync("umount", ["-l", mountDir]);
    rmSync(mountDir, { recursive: true, force: true });
  }
});

const { actor } = await import("@/lib/data/testing/test-helpers");
const editor = await actor("editor@example.com");
const { secret } = await createApiToken(editor, { name: "storage" }, { via: "session" });
const claim = await db.claim.findFirstOrThrow({ orderBy: { start: "asc" } });
const headers = { authorization: `Bearer ${secret}`, "content-type": "application/json" };

const readClaims = () =>
  claims.GET(new Request(`http://test/api/v1/articles/${claim.articleId}/claims`, { headers }), {
    params: Promise.resolve({ id: claim.articleId }),
  });
const comment = (body: string) =>
  comments.POST(
    new Request(`http://test/api/v1/claims/${claim.id}/comments`, {
      method: "POST",
      headers,
      body: JSON.stringify({ body }),
    }),
    { params: Promise.resolve({ id: claim.id }) },
  );
const counts = async () => ({
  comments: await db.comment.count(),
  audit: await db.auditEvent.count(),
  live: await db.liveEvent.count(),
});

interface Refusal {
  response: Response;
  body: string;
  before: Awaited<ReturnType<typeof counts>>;
}

/** One way the storage refuses writes: how to cause it, the message, and the admin's fix. */
interface Scenario {
  name: string;
  failure: StorageFailure;
  refuse: () => Promise<Refusal>;
  allow: () => Promise<void>;
}

async function commentRefused(body: string): Promise<Refusal> {
  const before = await counts();
  return { response: await comment(body), body, before };
}

/** Leaves no room on the tmpfs, then writes until the database can no longer grow (allocated pages absorb a few). */
async function fillTheDisk(): Promise<Refusal> {
  const free = Number(
    execFileSync("df", ["--output=avail", "-k", mountDir!], { encoding: "utf8" }).split("\n")[1],
  );
  execFileSync("fallocate", ["-l", `${Math.max(0, free - 4)}K`, filler!]);
  for (let i = 0; i < 2_000; i += 1) {
    // Random text: PostgreSQL compresses a repeated one to nothing.
    const refusal = await commentRefused(
      `Refused once the disk is full, ${i}: ${randomBytes(2_900).toString("base64")}`,
    );
    if (refusal.response.status !== 201) return refusal;
  }
  throw new Error("The disk never filled up");
}

const emptyTheDisk = async () => rmSync(filler!, { force: true });

/** New connections pick a changed setting or file mode up. */
const reconnect = () => db.$disconnect();

const postgresReadOnly: Scenario = {
  name: "PostgreSQL, read-only",
  failure: "read_only",
  refuse: async () => {
    adminSql(postgresUrl!, `ALTER DATABASE ${databaseName} SET default_transaction_read_only = on`);
    await reconnect();
    return commentRefused("Refused while read-only.");
  },
  allow: async () => {
    adminSql(postgresUrl!, `ALTER DATABASE ${databaseName} RESET default_transaction_read_only`);
    await reconnect();
  },
};

const sqliteReadOnly: Scenario = {
  name: "SQLite, read-only file",
  failure: "read_only",
  refuse: async () => {
    await reconnect();
    execFileSync("chattr", ["+i", sqliteFile!]);
    return commentRefused("Refused while the file is read-only.");
  },
  allow: async () => {
    execFileSync("chattr", ["-i", sqliteFile!]);
    await reconnect();
  },
};

const diskFull = (name: string): Scenario => ({
  name,
  failure: "disk_full",
  refuse: fillTheDisk,
  allow: emptyTheDisk,
});

const messages: Record<StorageFailure, string> = {
  disk_full:
    "The change was not saved: the database's disk is full. Reading still works. An administrator must free disk space or enlarge the volume; then try again.",
  read_only:
    "The change was not saved: the database is read-only. Reading still works. An administrator must make it writable again (the database file's permissions or filesystem, or the PostgreSQL server's read-only mode); then try again.",
};

const scenarios: Scenario[] = postgresUrl
  ? [postgresReadOnly, ...(mountDir ? [diskFull("PostgreSQL, disk full")] : [])]
  : mountDir
    ? [diskFull("SQLite, disk full"), sqliteReadOnly]
    : [];

describe.runIf(scenarios.length > 0)("a database that refuses writes", () => {
  for (const scenario of scenarios) {
    it(
      `${scenario.name}: answers writes with a 503 that says what to do, writes nothing, and keeps serving reads`,
      { timeout: 90_000 },
      async () => {
        expect((await readClaims()).status).toBe(200);
        const { response, body, before } = await scenario.refuse();

        expect(response.status).toBe(503);
        const error = ((await response.json()) as { error: { code: string; message: string } }).error;
        expect(error.code).toBe("UNAVAILABLE");
        expect(error.message).toBe(messages[scenario.failure]);
        // Nothing of the refused write: no comment, no audit entry, no live event.
        expect(await counts()).toEqual(before);
        expect(await db.comment.count({ where: { body } })).toBe(0);

        // Reads still work, although each one would take from its rate-limit bucket.
        for (let i = 0; i < 3; i += 1) {
          const read = await readClaims();
          expect(read.status).toBe(200);
          expect(((await read.json()) as { claims: unknown[] }).claims.length).toBeGreaterThan(0);
        }

        // Once the admin fixes it, the same write goes through.
        await scenario.allow();
        const retried = await comment(body);
        expect(retried.status).toBe(201);
        expect(await db.comment.count({ where: { body } })).toBe(1);
      },
    );
  }
});
