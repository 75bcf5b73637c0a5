import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { adminSql, testPostgresUrl } from "@/lib/data/testing/test-databases";

// A database that refuses writes, through the real API route handlers:
// on SQLite a full disk (the file on a small tmpfs, filled up), on
// PostgreSQL a read-only database (default_transaction_read_only, as on a
// standby). Writes get a 503 that says what to do, nothing is half-written,
// and reads keep working (their bookkeeping writes are skipped).
const postgresUrl = testPostgresUrl();
const database = createTempDatabase();
// Mounting needs root (CI runs as root); elsewhere the SQLite half cannot run.
const canMount = process.getuid?.() === 0;
const mountDir = postgresUrl || !canMount ? null : mkdtempSync(path.join(os.tmpdir(), "factcheck-full-"));
if (mountDir) {
  execFileSync("mount", ["-t", "tmpfs", "-o", "size=24m", "tmpfs", mountDir]);
  const source = new URL(database.url).pathname;
  copyFileSync(source, path.join(mountDir, "app.db"));
  process.env.DATABASE_URL = `file:${path.join(mountDir, "app.db")}`;
}
const filler = mountDir ? path.join(mountDir, "filler") : null;

const { db } = await import("@/lib/db/client");
const claims = await import("@/app/api/v1/articles/[id]/claims/route");
const comments = await import("@/app/api/v1/claims/[id]/comments/route");
const { createApiToken } = await import("@/lib/data/tokens/create-api-token");

afterAll(async () => {
  await db.$disconnect();
  if (mountDir) {
    execFileSync("umount", ["-l", mountDir]);
    rmSync(mountDir, { recursive: true, force: true });
  }
  database.dispose();
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

/** Makes the database refuse writes; returns the first refused comment's response and body. */
async function refuseWrites(): Promise<{
  response: Response;
  body: string;
  before: Awaited<ReturnType<typeof counts>>;
}> {
  if (postgresUrl) {
    const name = new URL(database.url).pathname.slice(1);
    adminSql(postgresUrl, `ALTER DATABASE ${name} SET default_transaction_read_only = on`);
    await db.$disconnect(); // new connections pick the setting up
    const before = await counts();
    const body = "Refused while read-only.";
    return { response: await comment(body), body, before };
  }
  // Leave no room, then write until the log can no longer grow (its already-allocated pages absorb a few).
  const free = Number(
    execFileSync("df", ["--output=avail", "-k", mountDir!], { encoding: "utf8" }).split("\n")[1],
  );
  execFileSync("fallocate", ["-l", `${Math.max(0, free - 4)}K`, filler!]);
  for (let i = 0; i < 400; i += 1) {
    const before = await counts();
    const body = `Refused once the disk is full, ${i}: ${"x".repeat(3_900)}`;
    const response = await comment(body);
    if (response.status !== 201) return { response, body, before };
  }
  throw new Error("The disk never filled up");
}

async function allowWrites(): Promise<void> {
  if (postgresUrl) {
    const name = new URL(database.url).pathname.slice(1);
    adminSql(postgresUrl, `ALTER DATABASE ${name} RESET default_transaction_read_only`);
    await db.$disconnect();
  } else {
    rmSync(filler!, { force: true });
  }
}

describe.runIf(postgresUrl || mountDir)(
  `a database that refuses writes (${postgresUrl ? "PostgreSQL, read-only" : "SQLite, disk full"})`,
  () => {
    it(
      "answers writes with a 503 that says what to do, writes nothing, and keeps serving reads",
      { timeout: 60_000 },
      async () => {
        expect((await readClaims()).status).toBe(200);
        const { response, body, before } = await refuseWrites();

        expect(response.status).toBe(503);
        const error = ((await response.json()) as { error: { code: string; message: string } }).error;
        expect(error.code).toBe("UNAVAILABLE");
        expect(error.message).toBe(
          postgresUrl
            ? "The change was not saved: the database is read-only. Reading still works. An administrator must make it writable again (the database file's permissions or filesystem, or the PostgreSQL server's read-only mode); then try again."
            : "The change was not saved: the database's disk is full. Reading still works. An administrator must free disk space or enlarge the volume; then try again.",
        );
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
        await allowWrites();
        const retried = await comment(body);
        expect(retried.status).toBe(201);
        expect(await db.comment.count({ where: { body } })).toBe(1);
      },
    );
  },
);
