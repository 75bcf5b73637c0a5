import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { targetDatabase } from "@/lib/backup/testing/target-database";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { countRows, queryDatabase } from "@/lib/data/testing/test-databases";
import { runCliOn } from "@/lib/cli/testing/cli-process";
import { actor } from "@/lib/data/testing/test-helpers";
import { content } from "@/lib/data/verdicts/verdict-test-fixtures";
import { providerOf } from "@/scripts/lib/providers.mjs";
import { newsroomExportSchema, sectionNames } from "./newsroom-export-schema";

// A whole newsroom out and back in, as people move one: exported from a
// database with every kind of row, imported by the real CLI into a new
// database, exported again and compared section by section. Runs on SQLite,
// and on PostgreSQL with TEST_POSTGRES_URL (then also across the two).
const source = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { createArticle } = await import("@/lib/data/articles/create-article");
const { createClaim } = await import("@/lib/data/claims/create-claim");
const { rejectSuggestion } = await import("@/lib/data/suggestions/reject-suggestion");
const { importFactChecks } = await import("@/lib/data/archive/import-fact-checks");
const { addComment } = await import("@/lib/data/comments/add-comment");
const { createVerdict } = await import("@/lib/data/verdicts/create-verdict");
const { reviewVerdict } = await import("@/lib/data/verdicts/review-verdict");
const { publishReport } = await import("@/lib/data/reports/publications");
const { createApiToken } = await import("@/lib/data/tokens/create-api-token");
const { updateSettings } = await import("@/lib/data/settings/update-settings");
const { findStaleStatuses } = await import("@/lib/data/statuses/testing/find-stale-statuses");
const { exportNewsroom } = await import("./export-newsroom");

const provider = providerOf(source.url);
const RUN_TIMEOUT = 120_000;
const workDir = mkdtempSync(path.join(os.tmpdir(), "factcheck-newsroom-"));
const cleanups: Array<() => void> = [() => rmSync(workDir, { recursive: true, force: true })];

afterAll(async () => {
  await db.$disconnect();
  source.dispose();
  for (const cleanup of cleanups.reverse()) cleanup();
});

const cli = (args: string[], databaseUrl: string) => runCliOn(databaseUrl, args);

function target(options: { migrated: boolean }): string {
  const database = targetDatabase(options);
  cleanups.push(database.dispose);
  return database.url;
}

const count = (url: string, table: string) => countRows(url, `SELECT COUNT(*) AS n FROM "${table}"`);

type Document = Record<string, unknown> & {
  exportedAt: string;
  app: Record<string, string>;
  counts: Record<string, number>;
};
const readDocument = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Document;

/** A document without what may differ between two exports of the same newsroom. */
function comparable(document: Document) {
  const { exportedAt, app, ...rest } = document;
  expect(exportedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  return { ...rest, app: { ...app, database: "(either)" } };
}

/** Section by section, so a failure names the table. */
function expectSameNewsroom(actual: Document, expected: Document) {
  for (const section of sectionNames)
    expect({ section, rows: actual[section] }).toEqual({ section, rows: expected[section] });
  expect(comparable(actual)).toEqual(comparable(expected));
}

/** Export and import through the CLI, each asserted to succeed. */
async function exportAllTo(url: string, name: string): Promise<string> {
  const file = path.join(workDir, name);
  const run = await cli(["export-all", "--out", file], url);
  expect({ status: run.status, stderr: run.stderr }).toEqual({
    status: 0,
    stderr: expect.stringMatching(
      /Wrote .+ \([\d,]+ bytes\): 5 users, \d+ articles, \d+ claims, \d+ audit events\.\n/,
    ),
  });
  return file;
}

async function importAllFrom(file: string, url: string): Promise<void> {
  const run = await cli(["import-all", file], url);
  expect({ status: run.status, stderr: run.stderr.match(/error: .*/)?.[0] ?? null }).toEqual({
    status: 0,
    stderr: null,
  });
  expect(run.stdout).toMatch(
    /^Imported 5 users, \d+ articles, \d+ claims and \d+ audit events \(exported .+\)\.\n$/,
  );
}

/** What an import must leave untouched when it fails: every exported table of the target. */
async function tableCounts(url: string): Promise<Record<string, number>> {
  const tables = ["User", "Article", "Claim", "AuditEvent", "Rating", "Setting", "ApiToken"];
  return Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await count(url, table)])));
}

let exported: string;
let header: Awaited<ReturnType<typeof exportNewsroom>>;
/** The article whose approved verdict was started from another publisher's fact-check. */
let basedOnArticleId: string;

/** What that verdict was based on, as the VerdictBasis row holds it. */
const basis = {
  entryId: "fact-check:troops",
  statement: "5,000 troops were sent to the border.",
  ratingLabel: "Mostly true",
  publisher: "Other Checks",
  url: "https://checks.example/troops",
  publishedAt: new Date("2026-10-30T00:00:00.000Z"),
};

/** Activity through the use cases, so that every section of the export holds rows. */
async function addActivity(): Promise<void> {
  const admin = await actor("admin@example.com");
  const editor = await actor("editor@example.com");
  const reviewer = await actor("reviewer@example.com");
  const article = await createArticle(editor, {
    title: "Troops on the border",
    byline: "A. Writer",
    dateline: "Capital",
    publishedAt: "2026-11-01",
    sourceUrl: "https://news.example/troops",
    text: "The ministry said 5,000 troops were sent.",
    allowDuplicate: false,
  });
  const claim = await createClaim(editor, article.id, {
    span: { revision: 1, start: 18, end: 40 },
    type: "statistic",
  });
  await rejectSuggestion(editor, article.id, 1, { revision: 1 });
  await addComment(reviewer, claim.id, { body: "Checking the ministry's briefing." });
  const verdict = await createVerdict(reviewer, claim.id, content());
  // Started from a match ("Checked before?"): the snapshot of the match, and another match set aside.
  await db.verdictBasis.upsert({
    where: { verdictId: verdict.id },
    create: { verdictId: verdict.id, ...basis },
    update: basis,
  });
  await db.matchDismissal.create({
    data: { claimId: claim.id, entryId: "fact-check:unrelated", dismissedById: reviewer.id },
  });
  basedOnArticleId = article.id;
  await reviewVerdict(admin, verdict.id, { decision: "approve", comment: "Two counts agree.", version: 1 });
  await publishReport(editor, article.id, "https://factcheck.example");
  await createApiToken(editor, { name: "Newsroom script" }, { via: "session" });
  await updateSettings(admin, { organizationName: "The Desk" });
  await importFactChecks(admin, {
    json: {
      "@type": "ClaimReview",
      url: "https://checks.example/troops",
      claimReviewed: "5,000 troops were sent to the border.",
      author: { "@type": "Organization", name: "Other Checks" },
      reviewRating: { "@type": "Rating", alternateName: "Mostly true", ratingValue: 4, bestRating: 5 },
      headline: "Yes, about 5,000 troops went to the border",
    },
  });
}

beforeAll(async () => {
  await addActivity();
  const pieces: string[] = [];
  header = await exportNewsroom({ write: async (text) => void pieces.push(text) });
  exported = path.join(workDir, "source.json");
  writeFileSync(exported, pieces.join(""));
}, RUN_TIMEOUT);

describe(`export-all and import-all on ${provider}`, () => {
  it("exports every section with rows, matching the header's counts", () => {
    const document = readDocument(exported);
    expect(Object.keys(document)).toEqual([
      "format",
      "version",
      "exportedAt",
      "app",
      "counts",
      ...sectionNames,
    ]);
    for (const section of sectionNames) {
      expect({ section, hasRows: header.counts[section] > 0 }).toEqual({ section, hasRows: true });
      expect({ section, rows: (document[section] as unknown[]).length }).toEqual({
        section,
        rows: header.counts[section],
      });
    }
    expect(document.app).toMatchObject({ name: "factcheck-annotator", database: provider });
    expect(document.app.migration).toMatch(/^\d{14}_\w+$/);
  });

  it("is valid against the committed JSON Schema and the zod schema", () => {
    const document = readDocument(exported);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(
      JSON.parse(
        readFileSync(path.join(import.meta.dirname, "newsroom-export.schema.json"), "utf8"),
      ) as object,
    );
    expect(validate(document) ? [] : validate.errors).toEqual([]);
    expect(newsroomExportSchema.safeParse(document).error?.issues ?? []).toEqual([]);

    // Both refuse what the importer refuses.
    const claims = document.claims as Array<Record<string, unknown>>;
    const broken = { ...document, claims: [{ ...claims[0], status: "done" }, ...claims.slice(1)] };
    expect(validate(broken)).toBe(false);
    expect(newsroomExportSchema.safeParse(broken).success).toBe(false);
  });

  it(
    "round-trips through the CLI: the new database exports the same newsroom",
    { timeout: RUN_TIMEOUT },
    async () => {
      // Equal stored statuses then also mean correctly re-derived ones.
      expect(await findStaleStatuses()).toEqual([]);
      const url = target({ migrated: false });
      await importAllFrom(exported, url);
      const again = readDocument(await exportAllTo(url, "round-trip.json"));
      expectSameNewsroom(again, readDocument(exported));
    },
  );

  it("based on survives export and import", { timeout: RUN_TIMEOUT }, async () => {
    const url = target({ migrated: false });
    await importAllFrom(exported, url);
    const rows = await queryDatabase(url, `SELECT * FROM "VerdictBasis"`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      entryId: basis.entryId,
      statement: basis.statement,
      ratingLabel: basis.ratingLabel,
      publisher: basis.publisher,
      url: basis.url,
    });
    expect(await count(url, "MatchDismissal")).toBe(1);

    const run = await cli(["export", basedOnArticleId, "--format", "json"], url);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
    const report = JSON.parse(run.stdout) as { claims: Array<{ verdict: { basedOn: unknown } | null }> };
    expect(report.claims.map((claim) => claim.verdict?.basedOn ?? null)).toEqual([
      {
        statement: basis.statement,
        rating: basis.ratingLabel,
        publisher: basis.publisher,
        url: basis.url,
        publishedAt: "2026-10-30",
      },
    ]);
  });

  it.runIf(provider === "postgresql")(
    "moves a newsroom from PostgreSQL to SQLite and back unchanged",
    { timeout: 2 * RUN_TIMEOUT },
    async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "factcheck-newsroom-sqlite-"));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      const sqlite = `file:${path.join(dir, "app.db")}`;
      await importAllFrom(exported, sqlite);
      const fromSqlite = readDocument(await exportAllTo(sqlite, "from-sqlite.json"));
      expect(fromSqlite.app.database).toBe("sqlite");
      expectSameNewsroom(fromSqlite, readDocument(exported));

      const postgres = target({ migrated: false });
      await importAllFrom(path.join(workDir, "from-sqlite.json"), postgres);
      const back = readDocument(await exportAllTo(postgres, "back-to-postgres.json"));
      expect(back.app.database).toBe("postgresql");
      expectSameNewsroom(back, readDocument(exported));
    },
  );

  it("refuses a database that is not empty, and leaves it as it was", { timeout: RUN_TIMEOUT }, async () => {
    const run = await cli(["import-all", exported], source.url);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `error: The target database is not empty (5 users, ${header.counts.articles} articles): import-all loads a newsroom only into a new, empty database. Point DATABASE_URL at a new database, without DEMO=1 (which seeds demo accounts), and run it again.\n`,
    );
    const pieces: string[] = [];
    await exportNewsroom({ write: async (text) => void pieces.push(text) });
    expectSameNewsroom(JSON.parse(pieces.join("")) as Document, readDocument(exported));
  });

  /** The exported document with one change, written to a file of its own. */
  function changed(name: string, change: (document: Document) => void): string {
    const document = readDocument(exported);
    change(document);
    const file = path.join(workDir, name);
    writeFileSync(file, JSON.stringify(document, null, 1));
    return file;
  }

  it.each<[string, () => string, string | RegExp]>([
    [
      "a file with a bad field, naming its path",
      () =>
        changed("bad-field.json", (document) => {
          (document.claims as Array<Record<string, unknown>>)[1]!.status = "done";
        }),
      /^error: This is not a valid newsroom export: claims\[1\]\.status: Invalid option: expected one of "needs_verdict"\|.+\.\n$/,
    ],
    [
      "an export of an unknown version",
      () => changed("version-9.json", (document) => void (document.version = 9)),
      "error: This export is version 9 of the newsroom export format; this app reads version 1. Import it with the release that wrote it (app.version in the file), or a newer one.\n",
    ],
    [
      "a file that validates but cannot be inserted, rolling back",
      () =>
        changed("orphan-token.json", (document) => {
          (document.apiTokens as Array<Record<string, unknown>>)[0]!.userId = "no-such-user";
        }),
      new RegExp(
        `^error: The import stopped at apiTokens\\[0…\\d+\\] and was rolled back, so the database is still empty: .+\\n$`,
      ),
    ],
    [
      "a missing file",
      () => path.join(workDir, "missing.json"),
      `error: No file at ${path.join(workDir, "missing.json")}.\n`,
    ],
  ])("refuses %s, leaving the target as it was", { timeout: RUN_TIMEOUT }, async (_name, file, message) => {
    const url = target({ migrated: true });
    const before = await tableCounts(url);
    expect(before).toMatchObject({ User: 0, Article: 0, AuditEvent: 0 });
    const run = await cli(["import-all", file()], url);
    expect(run.status).toBe(1);
    // Progress lines of the check (and of the insert), then the one error line.
    const errorAt = run.stderr.indexOf("error: ");
    expect(run.stderr.slice(0, errorAt)).toMatch(/^( {2}(checking|importing) \w+: [\d,]+\n)*$/);
    if (typeof message === "string") expect(run.stderr.slice(errorAt)).toBe(message);
    else expect(run.stderr.slice(errorAt)).toMatch(message);
    expect(run.stdout).toBe("");
    expect(await tableCounts(url)).toEqual(before);
  });
});
