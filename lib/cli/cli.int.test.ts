import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { startLocalServer, type LocalServer } from "@/lib/import/testing/start-local-server";
import { projectRoot } from "@/scripts/lib/env.mjs";
import { runCli } from "./run-cli";
import { runCliProcess, type CliProcessRun } from "./testing/cli-process";
import { fakeIo } from "./testing/fake-io";

// The CLI as people run it: real subprocesses (tsx scripts/cli.ts) against
// a migrated, seeded temporary database. Each run starts tsx and loads the
// app's modules, a few seconds on 2 cores, so the runs are few and the
// timeouts generous.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { findUserForSignIn } = await import("@/lib/data/users/find-user-for-sign-in");
const { startSession } = await import("@/lib/data/sessions/start-session");
const { findSessionUser } = await import("@/lib/data/sessions/find-session-user");

const RUN_TIMEOUT = 60_000;
const sample = path.join(
  projectRoot,
  "prisma",
  "seed",
  "articles",
  "upi-2025-04-28-north-korea-troops-kursk.txt",
);
const newsPage = readFileSync(path.join(projectRoot, "lib", "import", "fixtures", "news-page.html"));
const outDir = mkdtempSync(path.join(os.tmpdir(), "factcheck-cli-"));

/** Runs the CLI on the test database, with local fetches allowed for the URL import. */
const cli = (args: string[], options: { input?: string; env?: Record<string, string> } = {}) =>
  runCliProcess(args, {
    input: options.input,
    env: { DATABASE_URL: database.url, IMPORT_ALLOWED_HOSTS: "", ...options.env },
  });

const text = (run: CliProcessRun) => run.stdout;

let server: LocalServer;
let demoArticleId: string;

beforeAll(async () => {
  server = await startLocalServer((request, response) => {
    if (request.url === "/news/2025/03/14/harbour-bridge-repairs") {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(newsPage);
    } else {
      response.writeHead(404).end();
    }
  });
  demoArticleId = (await db.article.findFirstOrThrow({ orderBy: { createdAt: "asc" } })).id;
});

afterAll(async () => {
  await server.close();
  await db.$disconnect();
  database.dispose();
  rmSync(outDir, { recursive: true, force: true });
});

describe("npm run cli", () => {
  it("an unknown command prints the usage on stderr and exits 2", { timeout: RUN_TIMEOUT }, async () => {
    const run = await cli(["publish", "everything"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: Unknown command: publish\.\n\nUsage: npm run cli/);
    expect(text(run)).toBe("");
  });

  it(
    "imports a .txt file in the newsroom layout, acting as the user named by --as",
    { timeout: RUN_TIMEOUT },
    async () => {
      const run = await cli(["import", sample, "--as", "editor@example.com", "--json"]);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      const result = JSON.parse(text(run)) as { id: string; path: string; format: string };
      expect(result).toMatchObject({ path: `/articles/${result.id}`, format: "sample-layout" });
      const article = await db.article.findUniqueOrThrow({
        where: { id: result.id },
        include: { revisions: true },
      });
      expect(article).toMatchObject({
        title: "North Korea confirms its troops are fighting for Russia in war against Ukraine",
        byline: "Paul Godfrey",
        publishedAt: new Date("2025-04-28T00:00:00Z"),
      });
      expect(article.revisions[0]?.text).toMatch(/^North Korea gave the first official confirmation Monday/);
      const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@example.com" } });
      const audit = await db.auditEvent.findFirstOrThrow({
        where: { articleId: result.id, action: "article.imported" },
      });
      expect(audit.actorId).toBe(editor.id);
    },
  );

  it(
    "fetches a URL only when IMPORT_ALLOWED_HOSTS opens the local address",
    { timeout: 2 * RUN_TIMEOUT },
    async () => {
      const url = `${server.origin}/news/2025/03/14/harbour-bridge-repairs`;
      const blocked = await cli(["import", url]);
      expect(blocked.status).toBe(1);
      expect(blocked.stderr).toMatch(/^error: .+\n$/);
      expect(server.requests).toHaveLength(0);

      const run = await cli(["import", url], { env: { IMPORT_ALLOWED_HOSTS: "127.0.0.1" } });
      expect(run.status).toBe(0);
      const id = /^path: \/articles\/(\S+)$/m.exec(text(run))?.[1];
      expect(text(run)).toMatch(
        /^Imported “Harbour bridge repairs to cost \$48 million, council says” \(url\)\./,
      );
      const article = await db.article.findUniqueOrThrow({ where: { id } });
      expect(article.sourceUrl).toBe(url);
      expect(server.requests.map((request) => request.path)).toEqual([
        "/news/2025/03/14/harbour-bridge-repairs",
      ]);

      const again = await cli(["import", url], { env: { IMPORT_ALLOWED_HOSTS: "127.0.0.1" } });
      expect(again.status).toBe(1);
      expect(again.stderr).toBe(
        `error: This article is already in the tool as “${article.title}” (/articles/${id}). Pass --allow-duplicate to import it again.\n`,
      );
    },
  );

  it("lists articles as JSON and filters them by --status", { timeout: 2 * RUN_TIMEOUT }, async () => {
    // One article made ready to publish: its only claim is dismissed.
    const ready = await db.article.create({
      data: { title: "Ready one", revisions: { create: { number: 1, text: "A claim." } } },
    });
    await db.claim.create({
      data: {
        articleId: ready.id,
        anchoredRevision: 1,
        exact: "claim",
        start: 2,
        end: 7,
        statement: "claim",
        dismissedAt: new Date(),
      },
    });
    // Written straight to the tables, so derive the stored statuses as the use cases do.
    const { syncStatuses } = await import("@/lib/data/statuses/sync-statuses");
    await db.$transaction((tx) => syncStatuses(tx, { articleIds: [ready.id] }));

    const all = await cli(["articles", "--json"]);
    expect(all.status).toBe(0);
    const listed = JSON.parse(text(all)) as Array<{
      id: string;
      status: string;
      claims: { done: number; total: number };
    }>;
    expect(listed).toHaveLength(await db.article.count());
    expect(listed.find((article) => article.id === demoArticleId)).toMatchObject({
      status: "disputed",
      claims: { done: 4, total: 11 },
    });
    expect(listed.find((article) => article.id === ready.id)).toMatchObject({
      status: "ready_to_publish",
      claims: { done: 1, total: 1 },
    });

    const filtered = await cli(["articles", "--status", "ready"]);
    expect(filtered.status).toBe(0);
    expect(text(filtered)).toMatch(/^ID +TITLE +CLAIMS +STATUS\n/);
    const rows = text(filtered).trimEnd().split("\n").slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(new RegExp(`^${ready.id} +Ready one +1/1 +ready to publish$`));
  });

  it("exports Markdown to stdout", { timeout: RUN_TIMEOUT }, async () => {
    const run = await cli(["export", demoArticleId, "--format", "md"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(text(run)).toMatch(/^# Fact check: North Korea confirms its troops/);
  });

  it("exports JSON without the pending claims to a file", { timeout: RUN_TIMEOUT }, async () => {
    const file = path.join(outDir, "report.json");
    const run = await cli(["export", demoArticleId, "--format", "json", "--hide-pending", "--out", file]);
    expect(run.status).toBe(0);
    expect(text(run)).toBe("");
    const report = JSON.parse(readFileSync(file, "utf8")) as {
      article: { id: string };
      claims: Array<{ status: string }>;
    };
    expect(report.article.id).toBe(demoArticleId);
    expect(report.claims.length).toBeGreaterThan(0);
    expect(report.claims.every((claim) => claim.status === "approved")).toBe(true);
  });

  // Needs Chromium (/usr/bin/chromium or CHROMIUM_PATH); without one this fails, as a PDF export would.
  it("exports a PDF to a file", { timeout: RUN_TIMEOUT }, async () => {
    const file = path.join(outDir, "report.pdf");
    const run = await cli(["export", demoArticleId, "--format", "pdf", "--out", file]);
    expect(run.stderr).toMatch(/^Wrote .*report\.pdf \([\d,]+ bytes\)\.\n$/);
    expect(run.status).toBe(0);
    expect(readFileSync(file).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  // A terminal cannot be faked for a subprocess, so this one runs in-process against the same database.
  it("refuses to write a PDF to a terminal, before rendering anything", async () => {
    const { io, output } = fakeIo({ isStdoutTerminal: true });
    const status = await runCli(["export", demoArticleId, "--format", "pdf"], io, {
      prepareDatabase: () => {},
    });
    expect(status).toBe(2);
    expect(output.stderr.split("\n")[0]).toBe(
      "error: A PDF is binary: write it to a file with --out report.pdf, or redirect standard output.",
    );
    expect(output.stdout).toBe("");
  });

  it(
    "creates a user who can sign in with the password from stdin; the email is taken after that",
    { timeout: 2 * RUN_TIMEOUT },
    async () => {
      const password = "correct horse battery staple";
      const run = await cli(
        [
          "create-user",
          "--email",
          "New.Editor@Example.com",
          "--name",
          "Nia Editor",
          "--role",
          "editor",
          "--password-stdin",
        ],
        { input: `${password}\n` },
      );
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(text(run)).toMatch(/^Created editor new\.editor@example\.com \(Nia Editor\), id \S+\.\n$/);
      expect(await findUserForSignIn("new.editor@example.com", password)).toMatchObject({
        name: "Nia Editor",
        role: "editor",
      });

      const again = await cli([
        "create-user",
        "--email",
        "new.editor@example.com",
        "--name",
        "Other",
        "--role",
        "viewer",
      ]);
      expect(again.status).toBe(1);
      expect(again.stderr).toBe("error: A user with the email new.editor@example.com already exists.\n");
    },
  );

  it(
    "resets a password: the old one stops working, the generated one works, sessions and tokens end",
    { timeout: RUN_TIMEOUT },
    async () => {
      const viewer = await db.user.findUniqueOrThrow({ where: { email: "viewer@example.com" } });
      const session = await startSession(viewer);
      await db.apiToken.create({ data: { userId: viewer.id, name: "cli test", tokenHash: "cli-test-hash" } });
      const run = await cli(["reset-password", "--email", "viewer@example.com", "--json"]);
      expect(run.status).toBe(0);
      const result = JSON.parse(text(run)) as {
        password: string;
        endedSessions: number;
        revokedTokens: number;
      };
      expect(result).toMatchObject({ endedSessions: 1, revokedTokens: 1 });
      expect(result.password).toMatch(/^[\w-]{24}$/);
      expect(await findUserForSignIn("viewer@example.com", "viewer-demo-pass")).toBeNull();
      expect(await findUserForSignIn("viewer@example.com", result.password)).toMatchObject({
        role: "viewer",
      });
      expect(await findSessionUser(session.sessionId)).toBeNull();
    },
  );

  it("lists users, deactivates one and reactivates it", { timeout: 3 * RUN_TIMEOUT }, async () => {
    const listed = await cli(["users", "--json"]);
    expect(listed.status).toBe(0);
    const { users } = JSON.parse(text(listed)) as { users: Array<{ email: string; state: string }> };
    expect(users.map((user) => user.email)).toContain("reviewer2@example.com");

    const off = await cli(["deactivate", "--email", "Reviewer2@example.com"]);
    expect(off.stderr).toBe("");
    expect(off.status).toBe(0);
    expect(text(off)).toBe(
      "Deactivated reviewer2@example.com (Rafael Reviewer); their sessions have ended.\n",
    );
    expect(await findUserForSignIn("reviewer2@example.com", "reviewer2-demo-pass")).toBeNull();

    const table = await cli(["users"]);
    expect(text(table)).toMatch(/^EMAIL +NAME +ROLE +STATE +LAST SIGN-IN +TOKENS\n/);
    expect(text(table)).toMatch(
      /^reviewer2@example\.com +Rafael Reviewer +reviewer +deactivated +never +0$/m,
    );

    const self = await cli(["deactivate", "--email", "admin@example.com"]);
    expect(self.status).toBe(1);
    expect(self.stderr).toBe("error: You cannot deactivate your own account. Ask another admin to do it.\n");

    const on = await cli(["reactivate", "--email", "reviewer2@example.com", "--json"]);
    expect(on.status).toBe(0);
    expect(JSON.parse(text(on))).toMatchObject({ email: "reviewer2@example.com", state: "active" });
  });

  it(
    "on a fresh database: no demo data, and create-user --role admin makes the first admin",
    { timeout: 3 * RUN_TIMEOUT },
    async () => {
      const fresh = { DATABASE_URL: `file:${path.join(outDir, "fresh.db")}`, DEMO: "" };
      const editorFirst = await cli(
        ["create-user", "--email", "e@news.example", "--name", "E", "--role", "editor"],
        {
          env: fresh,
        },
      );
      expect(editorFirst.status).toBe(1);
      expect(editorFirst.stderr).toBe(
        "Preparing the database (migrations and the rating scale)…\n" +
          "error: There is no admin account to act as: create the first one with `create-user --role admin`, or name a user with --as <email>.\n",
      );
      const run = await cli(
        [
          "create-user",
          "--email",
          "chief@news.example",
          "--name",
          "Chief",
          "--role",
          "admin",
          "--password-stdin",
        ],
        { env: fresh, input: "quartz lantern orbit meadow\n" },
      );
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(text(run)).toMatch(
        /^Created admin chief@news\.example \(Chief\), id \S+\.\nThis is the first admin/,
      );
      const listed = await cli(["users", "--json"], { env: fresh });
      const { users } = JSON.parse(text(listed)) as { users: Array<{ email: string; role: string }> };
      expect(users).toEqual([expect.objectContaining({ email: "chief@news.example", role: "admin" })]);
      const second = await cli(
        ["create-user", "--email", "e@news.example", "--name", "Ed", "--role", "editor"],
        {
          env: fresh,
        },
      );
      expect(second.status).toBe(0);
      expect(text(second)).toMatch(/^Created editor e@news\.example \(Ed\)/);
    },
  );
});
