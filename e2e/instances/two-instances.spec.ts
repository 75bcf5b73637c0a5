import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { queryPostgres as sql } from "../../lib/data/testing/test-databases";
import { bearer, createToken } from "../support/api";
import { createFixtureArticle } from "../support/fixtures";
import { spawnServer, type SpawnedServer } from "../support/spawn-server";

// Several app instances on one PostgreSQL, as behind a load balancer. Runs in
// `npm test`'s PostgreSQL pass (E2E_POSTGRES_ADMIN_URL names the server's
// admin database; playwright.config.ts leaves this folder out otherwise).
test.describe.configure({ mode: "serial", timeout: 240_000 });

const adminUrl = process.env.E2E_POSTGRES_ADMIN_URL ?? "";
const secret = randomBytes(32).toString("base64url");

/** A Server-Sent Events client over fetch: collects events until told to stop. */
async function subscribe(url: string, headers: Record<string, string>) {
  const controller = new AbortController();
  const response = await fetch(url, { headers, signal: controller.signal });
  expect(response.status).toBe(200);
  const events: Array<{ id?: string; event?: string; data: string }> = [];
  const waiters: Array<() => void> = [];
  let buffer = "";
  let ready = false;
  void (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.split("\n").includes(": ready")) ready = true;
          const fields = Object.fromEntries(
            block
              .split("\n")
              .filter((line) => !line.startsWith(":") && line.includes(":"))
              .map((line) => [
                line.slice(0, line.indexOf(":")),
                line.slice(line.indexOf(":") + 1).trimStart(),
              ]),
          );
          if (fields.data !== undefined) events.push(fields as { id?: string; event?: string; data: string });
          waiters.splice(0).forEach((wake) => wake());
        }
      }
    } catch {
      // aborted
    }
  })();
  /** Resolves once `found` returns something, or rejects after `ms`. */
  async function waitFor<T>(found: () => T | undefined, ms: number): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = found();
      if (value !== undefined) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`nothing within ${ms} ms; got ${JSON.stringify(events)}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, left);
      });
    }
  }
  const next = (match: (event: { event?: string; data: string }) => boolean, ms: number) =>
    waitFor(() => events.find(match), ms);
  await waitFor(() => (ready ? true : undefined), 10_000);
  return { events, next, waitFor, isReady: () => ready, close: () => controller.abort() };
}

const isComment = (event: { event?: string; data: string }) =>
  event.event === "change" && (JSON.parse(event.data) as { action: string }).action === "comment.added";

function databaseUrl(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

test("two instances started at once on an empty database migrate it exactly once", async () => {
  const name = `empty_${process.pid}_${Date.now()}`;
  await sql(adminUrl, `CREATE DATABASE ${name}`);
  const url = databaseUrl(name);
  const servers = await Promise.all(
    [1, 2].map(() => spawnServer({ env: { DATABASE_URL: url, NEXTAUTH_SECRET: secret } })),
  );
  try {
    for (const server of servers) expect(server.ready, server.stderr()).toBe(true);
    const rows = await sql<{ migration_name: string; n: string }>(
      url,
      `SELECT migration_name, COUNT(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL GROUP BY migration_name`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.every((row) => Number(row.n) === 1)).toBe(true);
    // Each migration was applied by exactly one of the two, and the other found nothing left to do.
    const applied = servers.map((server) => (server.stdout().match(/Applied migration/g) ?? []).length);
    expect(applied.sort()).toEqual([0, rows.length]);
    // Both seeded under a shared lock: one rating scale, not two.
    const ratings = await sql<{ n: string }>(url, `SELECT COUNT(*) AS n FROM "Rating"`);
    const keys = await sql<{ n: string }>(url, `SELECT COUNT(DISTINCT key) AS n FROM "Rating"`);
    expect(ratings[0]!.n).toBe(keys[0]!.n);
    for (const server of servers) {
      const signin = await fetch(`${server.url}/signin`);
      expect(signin.status).toBe(200);
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await sql(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
});

test.describe("two instances on the e2e database", () => {
  let a: SpawnedServer;
  let b: SpawnedServer;

  test.beforeAll(async () => {
    const env = { DATABASE_URL: process.env.DATABASE_URL!, DEMO: "1", NEXTAUTH_SECRET: secret };
    [a, b] = await Promise.all([spawnServer({ env }), spawnServer({ env })]);
    expect(a.ready && b.ready, `${a.stderr()}\n${b.stderr()}`).toBe(true);
  });

  test.afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  test("concurrent edits of one claim through both instances: exactly one wins, nothing is lost", async () => {
    const editor = await createToken("editor");
    const article = await createFixtureArticle(
      ["The river rose four metres overnight, officials said."],
      [{ quote: "The river rose four metres overnight" }],
    );
    const claimId = article.claimIds[0]!;
    const edits = ["The river rose four metres (A)", "The river rose four metres (B)"];
    const responses = await Promise.all(
      [a, b].map((server, i) =>
        fetch(`${server.url}/api/v1/claims/${claimId}`, {
          method: "PATCH",
          headers: { ...bearer(editor), "content-type": "application/json" },
          body: JSON.stringify({ version: 1, statement: edits[i] }),
        }),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 409]);
    const winner = responses.findIndex((response) => response.status === 200);
    const loser = (await responses[1 - winner]!.json()) as { error: { code: string } };
    expect(loser.error.code).toBe("CONFLICT");
    // The stored claim is the winner's edit, read back through the other instance.
    const read = await fetch(`${[a, b][1 - winner]!.url}/api/v1/claims/${claimId}`, {
      headers: bearer(editor),
    });
    const { claim } = (await read.json()) as { claim: { statement: string; version: number } };
    expect(claim).toMatchObject({ statement: edits[winner], version: 2 });
  });

  test("a change made through instance A reaches an SSE client on instance B within two seconds", async () => {
    const editor = await createToken("editor");
    const reviewer = await createToken("reviewer");
    const article = await createFixtureArticle(
      ["The bridge cost twice its budget, the audit found."],
      [{ quote: "The bridge cost twice its budget" }],
    );
    const stream = await subscribe(`${b.url}/api/v1/live?articleId=${article.id}`, bearer(reviewer));
    expect(stream.isReady()).toBe(true);
    try {
      const posted = await fetch(`${a.url}/api/v1/claims/${article.claimIds[0]}/comments`, {
        method: "POST",
        headers: { ...bearer(editor), "content-type": "application/json" },
        body: JSON.stringify({ body: "Checked against the audit report." }),
      });
      expect(posted.status).toBe(201);
      // The bound: PostgreSQL's NOTIFY crosses to B, whose hub reads the event and sends it.
      const event = await stream.next(isComment, 2_000);
      expect(JSON.parse(event.data)).toMatchObject({ articleId: article.id, action: "comment.added" });
    } finally {
      stream.close();
    }
  });

  test("a dropped SSE connection that reconnects with Last-Event-ID, to the other instance, gets what it missed", async () => {
    const editor = await createToken("editor");
    const reviewer = await createToken("reviewer");
    const article = await createFixtureArticle(
      ["Crime fell by a third in the city, police said."],
      [{ quote: "Crime fell by a third in the city" }],
    );
    const comment = (body: string) =>
      fetch(`${a.url}/api/v1/claims/${article.claimIds[0]}/comments`, {
        method: "POST",
        headers: { ...bearer(editor), "content-type": "application/json" },
        body: JSON.stringify({ body }),
      });
    const first = await subscribe(`${b.url}/api/v1/live?articleId=${article.id}`, bearer(reviewer));
    expect((await comment("Before the drop")).status).toBe(201);
    const seen = await first.next(isComment, 10_000);
    first.close();
    // While nobody listens: two changes.
    expect((await comment("Missed one")).status).toBe(201);
    expect((await comment("Missed two")).status).toBe(201);
    const again = await subscribe(`${a.url}/api/v1/live?articleId=${article.id}`, {
      ...bearer(reviewer),
      "Last-Event-ID": seen.id!,
    });
    try {
      await again.waitFor(() => (again.events.filter(isComment).length >= 2 ? true : undefined), 10_000);
      // Exactly the two it missed, after the one it had seen, and not that one again.
      const missed = again.events.filter(isComment);
      expect(missed).toHaveLength(2);
      expect(missed.every((event) => Number(event.id) > Number(seen.id))).toBe(true);
    } finally {
      again.close();
    }
  });

  test("many writers through both instances: every comment is kept", async () => {
    const editor = await createToken("editor");
    const article = await createFixtureArticle(
      ["Ticket prices doubled this year, the club said."],
      [{ quote: "Ticket prices doubled this year" }],
    );
    const claimId = article.claimIds[0]!;
    const bodies = Array.from({ length: 20 }, (_, i) => `Comment ${i + 1}`);
    const responses = await Promise.all(
      bodies.map((body, i) =>
        fetch(`${[a, b][i % 2]!.url}/api/v1/claims/${claimId}/comments`, {
          method: "POST",
          headers: { ...bearer(editor), "content-type": "application/json" },
          body: JSON.stringify({ body }),
        }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(bodies.map(() => 201));
    const rows = await sql<{ body: string }>(
      process.env.DATABASE_URL!,
      `SELECT body FROM "Comment" WHERE "claimId" = '${claimId}'`,
    );
    expect(rows.map((row) => row.body).sort()).toEqual([...bodies].sort());
  });
});
