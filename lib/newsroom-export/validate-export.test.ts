import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { sectionNames } from "./newsroom-export-schema";
import type { SectionName } from "./row-schemas";
import { validatedItems } from "./validate-export";

// Small hand-made documents, fed to the validator as the file stream would:
// whole, in pieces, and one character at a time.

const at = "2026-11-30T09:15:00.000Z";
const rows = {
  settings: [{ key: "report.footer", value: "Checked by the desk.", updatedAt: at }],
  users: [
    {
      id: "u1",
      email: "ed@example.com",
      name: "Ed Itor",
      role: "editor",
      passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
      createdAt: at,
      updatedAt: at,
      disabledAt: null,
      lastSignInAt: null,
      version: 1,
    },
  ],
  articles: [
    {
      id: "a1",
      title: "Troops sent",
      byline: null,
      dateline: null,
      publishedAt: null,
      sourceUrl: null,
      revision: 1,
      version: 1,
      createdById: "u1",
      createdAt: at,
      updatedAt: at,
      status: "in_progress",
      leadEditorId: null,
      assigneeId: "u1",
      dueAt: "2026-12-24T00:00:00.000Z",
    },
  ],
  claims: [
    {
      id: "c1",
      articleId: "a1",
      anchoredRevision: 1,
      exact: "5,000 troops were sent",
      prefix: "The ministry said ",
      suffix: ".",
      start: 18,
      end: 40,
      anchorState: "anchored",
      statement: "5,000 troops were sent",
      claimant: null,
      type: "statistic",
      dismissedAt: null,
      dismissedReason: null,
      dismissedById: null,
      version: 1,
      createdById: "u1",
      createdAt: at,
      updatedAt: at,
      status: "needs_verdict",
      assigneeId: null,
      dueAt: null,
      suggestionScore: null,
    },
  ],
} satisfies Partial<Record<SectionName, Array<Record<string, unknown>>>>;

type Sections = Partial<Record<string, unknown[]>>;

function header(sections: Sections) {
  return {
    format: "factcheck-newsroom-export",
    version: 1,
    exportedAt: at,
    app: {
      name: "factcheck-annotator",
      version: "0.1.0",
      migration: "20261202184355_backups",
      database: "sqlite",
    },
    counts: Object.fromEntries(sectionNames.map((name) => [name, sections[name]?.length ?? 0])),
  };
}

/** A document with the given sections in sectionNames order, counted in the header. */
function document(
  sections: Sections = rows,
  changeHeader: (h: ReturnType<typeof header>) => object = (h) => h,
) {
  return {
    ...changeHeader(header(sections)),
    ...Object.fromEntries(sectionNames.map((name) => [name, sections[name] ?? []])),
  };
}

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function items(text: string, size = text.length) {
  const out: unknown[] = [];
  for await (const item of validatedItems(chunked(text, size))) out.push(item);
  return out;
}

async function errorOf(text: string, size = text.length): Promise<AppError> {
  try {
    await items(text, size);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the document to be refused");
}

const invalid = (rest: string) => `This is not a valid newsroom export: ${rest}`;

describe("validatedItems", () => {
  const text = JSON.stringify(document());

  it("yields the header, then every row parsed, in order", async () => {
    const result = await items(text);
    expect(result[0]).toEqual({ header: header(rows) });
    expect(result.slice(1)).toEqual([
      { section: "settings", index: 0, row: { ...rows.settings[0], updatedAt: new Date(at) } },
      {
        section: "users",
        index: 0,
        row: { ...rows.users[0], createdAt: new Date(at), updatedAt: new Date(at) },
      },
      {
        section: "articles",
        index: 0,
        row: {
          ...rows.articles[0],
          createdAt: new Date(at),
          updatedAt: new Date(at),
          dueAt: new Date("2026-12-24T00:00:00.000Z"),
        },
      },
      {
        section: "claims",
        index: 0,
        row: { ...rows.claims[0], createdAt: new Date(at), updatedAt: new Date(at) },
      },
    ]);
  });

  it("reads an export written before assignments existed, its missing columns as null", async () => {
    const { leadEditorId: _l, assigneeId: _a, dueAt: _d, ...oldArticle } = rows.articles[0]!;
    const { assigneeId: _ca, dueAt: _cd, ...oldClaim } = rows.claims[0]!;
    const result = await items(
      JSON.stringify(document({ ...rows, articles: [oldArticle], claims: [oldClaim] })),
    );
    expect(result[3]).toMatchObject({ row: { leadEditorId: null, assigneeId: null, dueAt: null } });
    expect(result[4]).toMatchObject({ row: { assigneeId: null, dueAt: null } });
  });

  it("reads an export written before suggestion rejections existed, as none", async () => {
    const { suggestionRejections: _rows, ...old } = document();
    const oldHeader = old as unknown as { counts: Record<string, number> };
    const { suggestionRejections: _count, ...oldCounts } = oldHeader.counts;
    const result = await items(JSON.stringify({ ...old, counts: oldCounts }));
    expect(result[0]).toEqual({ header: header(rows) });
    expect(result).toHaveLength(5);
  });

  it("reads an export written before verdict bases, match dismissals and headlines existed", async () => {
    const factCheck = {
      id: "f1",
      url: "https://checks.example/troops",
      claimReviewed: "5,000 troops were sent.",
      ratingName: "Mostly true",
      ratingValue: 4,
      bestRating: 5,
      worstRating: 1,
      publisherName: "Other Checks",
      publisherUrl: null,
      claimant: null,
      datePublished: null,
      appearanceUrl: null,
      importedById: "u1",
      createdAt: at,
      updatedAt: at,
    };
    const {
      verdictBases: _bases,
      matchDismissals: _dismissals,
      ...old
    } = document({
      ...rows,
      importedFactChecks: [factCheck],
    });
    const oldHeader = old as unknown as { counts: Record<string, number> };
    const { verdictBases: _basisCount, matchDismissals: _dismissalCount, ...oldCounts } = oldHeader.counts;
    const result = await items(JSON.stringify({ ...old, counts: oldCounts }));
    expect(result).toHaveLength(6);
    expect(result).toContainEqual(
      expect.objectContaining({
        section: "importedFactChecks",
        row: expect.objectContaining({ headline: null }),
      }),
    );
  });

  it("still refuses an export missing a table that every export has always held", async () => {
    const { claims: _claims, ...withoutClaims } = document();
    expect((await errorOf(JSON.stringify(withoutClaims))).message).toBe(
      invalid("claims: is missing: an export holds every table, an empty one as []."),
    );
  });

  it.each([
    ["1-character chunks", text, 1],
    ["7-character chunks", text, 7],
    ["pretty-printed, in 1-character chunks", JSON.stringify(document(), null, 2), 1],
    [
      "strings with escapes and brackets, in 1-character chunks",
      JSON.stringify(
        document({
          ...rows,
          settings: [{ key: 'a\\"]},{[', value: "line\nbreak \u2028 “quoted” \\", updatedAt: at }],
        }),
      ),
      1,
    ],
  ])("reads the same items from %s", async (_name, source, size) => {
    expect(await items(source, size)).toEqual(await items(source));
    expect((await items(source, size)).length).toBe(5);
  });

  it("reads an export without rows", async () => {
    expect(await items(JSON.stringify(document({})), 1)).toEqual([{ header: header({}) }]);
  });

  const claimWith = (change: Record<string, unknown>) =>
    JSON.stringify(document({ ...rows, claims: [{ ...rows.claims[0], ...change }] }));

  it.each([
    [
      "the wrong format",
      JSON.stringify(document(rows, (h) => ({ ...h, format: "factcheck-backup" }))),
      invalid("format: must be “factcheck-newsroom-export”: this file is not an export-all file."),
    ],
    [
      "no format at all",
      JSON.stringify({ hello: "world" }),
      invalid("format: must be “factcheck-newsroom-export”: this file is not an export-all file."),
    ],
    [
      "an unknown version",
      JSON.stringify(document(rows, (h) => ({ ...h, version: 2 }))),
      "This export is version 2 of the newsroom export format; this app reads version 1. Import it with the release that wrote it (app.version in the file), or a newer one.",
    ],
    [
      "a bad header field",
      JSON.stringify(document(rows, (h) => ({ ...h, app: { ...h.app, database: "mysql" } }))),
      invalid('app.database: Invalid option: expected one of "sqlite"|"postgresql".'),
    ],
    [
      "a bad field",
      claimWith({ status: "done" }),
      invalid(
        'claims[0].status: Invalid option: expected one of "needs_verdict"|"in_review"|"changes_requested"|"disputed"|"approved"|"dismissed".',
      ),
    ],
    [
      "a timestamp without milliseconds",
      claimWith({ createdAt: "2026-11-30T09:15:00Z" }),
      invalid("claims[0].createdAt: Invalid ISO datetime."),
    ],
    [
      "a missing column",
      claimWith({ statement: undefined }),
      invalid("claims[0].statement: Invalid input: expected string, received undefined."),
    ],
    ["an unknown column", claimWith({ verdict: "true" }), invalid('claims[0]: Unrecognized key: "verdict".')],
    [
      "a section out of order",
      JSON.stringify({
        ...header(rows),
        settings: rows.settings,
        claims: rows.claims,
        users: rows.users,
        articles: rows.articles,
      }),
      invalid(`users: is out of order: the tables must come in this order: ${sectionNames.join(", ")}.`),
    ],
    [
      "a section twice",
      JSON.stringify({ ...header(rows), settings: rows.settings, users: rows.users }).replace(
        /\}$/,
        `,"settings":${JSON.stringify(rows.settings)}}`,
      ),
      invalid(`settings: is out of order: the tables must come in this order: ${sectionNames.join(", ")}.`),
    ],
    [
      "an unknown section",
      JSON.stringify({ ...document(), sessions: [{ id: "s1" }] }),
      invalid(`sessions: is not a table of the export (${sectionNames.join(", ")}).`),
    ],
    [
      "an unknown section without rows",
      JSON.stringify({ ...document(), sessions: [] }),
      invalid(`sessions: is not a table of the export (${sectionNames.join(", ")}).`),
    ],
    [
      "an empty section out of order",
      JSON.stringify({ ...header({}), users: [], settings: [] }),
      invalid(`settings: is out of order: the tables must come in this order: ${sectionNames.join(", ")}.`),
    ],
    [
      "a missing section",
      JSON.stringify({ ...document(), auditEvents: undefined }),
      invalid("auditEvents: is missing: an export holds every table, an empty one as []."),
    ],
    [
      "fewer rows than counted",
      JSON.stringify(document(rows, (h) => ({ ...h, counts: { ...h.counts, users: 2 } }))),
      invalid("users: holds 1 rows but counts.users says 2: the file is incomplete or was edited."),
    ],
    [
      "more rows than counted",
      JSON.stringify(document(rows, (h) => ({ ...h, counts: { ...h.counts, claims: 0 } }))),
      invalid("claims: holds 1 rows but counts.claims says 0: the file is incomplete or was edited."),
    ],
    [
      "a header field missing before the tables",
      JSON.stringify({ ...document(), exportedAt: undefined }),
      invalid("exportedAt: Invalid input: expected string, received undefined."),
    ],
    [
      "a header field after the tables",
      text.replace(/\}$/, `,"exportedAt":"${at}"}`),
      invalid("exportedAt: comes after the tables; the header fields come first."),
    ],
    [
      "JSON cut off inside a row",
      text.slice(0, text.indexOf('"c1"') + 10),
      invalid("claims[0]: ends early: the file is cut off."),
    ],
    [
      "JSON cut off between sections",
      text.slice(0, text.lastIndexOf(',"suggestionRejections"')),
      invalid("claims: ends early: the file is cut off."),
    ],
    ["an empty file", "", invalid("(top level): ends early: the file is cut off.")],
    [
      "not an object",
      "[1,2]",
      invalid("(top level): the file must hold one JSON object, starting with “{”."),
    ],
    ["text after the end", `${text}x`, invalid("auditEvents: has text after the closing “}”.")],
    [
      "a row that is not an object",
      text.replace('"claims":[{', '"claims":[7,{'),
      invalid("claims[0]: must be an object."),
    ],
    [
      "a broken row",
      text.replace('"anchorState":"anchored"', '"anchorState":anchored'),
      /^This is not a valid newsroom export: claims\[0\]: is not valid JSON \(Unexpected token 'a'.+\)\.$/,
    ],
  ])("refuses %s, naming where", async (_name, source, message) => {
    const whole = await errorOf(source);
    expect(whole).toMatchObject({ code: "VALIDATION" });
    if (typeof message === "string") expect(whole.message).toBe(message);
    else expect(whole.message).toMatch(message);
    // The same verdict whatever the chunking.
    expect((await errorOf(source, 1)).message).toEqual(whole.message);
  });
});
