import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkedArticle, TEST_ORIGIN } from "@/lib/data/feeds/testing/published-article";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor, failure } from "@/lib/data/testing/test-helpers";
import type { ReportModel } from "@/lib/report/report-model";

const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { publishReport } = await import("./publications");
const { previewPublicReport, renderPublicArticle, renderPublicReport } = await import("./public-report-page");
const { createClaim } = await import("@/lib/data/claims/create-claim");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

const PENDING_CLAIMANT = "The pending claimant";
const choices = (includePending: boolean, correction: string | null = null) => ({
  includePending,
  correction,
});
let editor: Awaited<ReturnType<typeof actor>>;

/** A checked article with one more claim marked but not checked. */
async function articleWithPendingClaim(title: string): Promise<string> {
  const id = await checkedArticle(title);
  await createClaim(editor, id, {
    span: { revision: 1, start: 0, end: 12 },
    claimant: PENDING_CLAIMANT,
    type: "quotation",
  });
  return id;
}

async function snapshotOf(articleId: string, version: number): Promise<ReportModel> {
  const row = await db.reportPublication.findUniqueOrThrow({
    where: { articleId_version: { articleId, version } },
  });
  return JSON.parse(row.snapshot) as ReportModel;
}

beforeAll(async () => {
  editor = await actor("editor@example.com");
});

describe("safe publishing", () => {
  it("the preview is the public page it then becomes, byte for byte", async () => {
    for (const includePending of [false, true]) {
      const id = await articleWithPendingClaim(`Preview equals page ${includePending}`);
      const now = new Date("2026-12-03T10:15:00.000Z");
      const preview = await previewPublicReport(editor, id, TEST_ORIGIN, choices(includePending), now);
      expect(await renderPublicReport(id, TEST_ORIGIN)).toBeNull();
      expect(preview.version).toBe(1);
      await publishReport(editor, id, TEST_ORIGIN, { includePending }, now);
      expect(await renderPublicReport(id, TEST_ORIGIN)).toBe(preview.html);
      expect(preview.html.includes("Not yet checked")).toBe(includePending);
    }
  });

  it("by default leaves the claims not yet checked out of the snapshot and every public page", async () => {
    const id = await articleWithPendingClaim("Pending left out");
    await publishReport(editor, id, TEST_ORIGIN);
    const snapshot = await snapshotOf(id, 1);
    expect(snapshot.publication?.includesPending).toBe(false);
    expect(snapshot.claims.map((c) => c.status)).toEqual(["approved"]);
    for (const page of [
      await renderPublicReport(id, TEST_ORIGIN),
      await renderPublicArticle(id, TEST_ORIGIN),
    ]) {
      expect(page).toContain("5,000 troops");
      expect(page).not.toContain("Not yet checked");
      expect(page).not.toContain(PENDING_CLAIMANT);
    }

    await publishReport(editor, id, TEST_ORIGIN, { includePending: true });
    expect((await snapshotOf(id, 2)).claims).toHaveLength(2);
    const shown = await renderPublicReport(id, TEST_ORIGIN);
    expect(shown).toContain("Not yet checked");
    expect(shown).toContain(PENDING_CLAIMANT);
    // Version 1 keeps its own choice.
    expect(await renderPublicReport(id, TEST_ORIGIN, 1)).not.toContain(PENDING_CLAIMANT);
  });

  it("corrections accumulate from version to version and render escaped", async () => {
    const id = await checkedArticle("Corrections");
    await publishReport(editor, id, TEST_ORIGIN, {}, new Date("2026-11-01T09:00:00.000Z"));
    await publishReport(
      editor,
      id,
      TEST_ORIGIN,
      { correction: "The count was <b>5,000</b>, not 50,000." },
      new Date("2026-11-02T09:00:00.000Z"),
    );
    await publishReport(editor, id, TEST_ORIGIN, {}, new Date("2026-11-03T09:00:00.000Z"));
    await publishReport(
      editor,
      id,
      TEST_ORIGIN,
      { correction: "Source added." },
      new Date("2026-11-04T09:00:00.000Z"),
    );
    const first =
      "Corrected on 2 November 2026:</strong> The count was &lt;b&gt;5,000&lt;/b&gt;, not 50,000.";
    const second = "Corrected on 4 November 2026:</strong> Source added.";
    expect((await snapshotOf(id, 4)).publication?.corrections).toEqual([
      { at: "2026-11-02T09:00:00.000Z", note: "The count was <b>5,000</b>, not 50,000." },
      { at: "2026-11-04T09:00:00.000Z", note: "Source added." },
    ]);
    const v1 = await renderPublicReport(id, TEST_ORIGIN, 1);
    expect(v1).not.toContain("Corrected on");
    for (const version of [2, 3]) {
      const page = await renderPublicReport(id, TEST_ORIGIN, version);
      expect(page).toContain(first);
      expect(page).not.toContain(second);
    }
    for (const page of [
      await renderPublicReport(id, TEST_ORIGIN),
      await renderPublicArticle(id, TEST_ORIGIN),
    ]) {
      expect(page).toContain(first);
      expect(page).toContain(second);
      expect(page).not.toContain("<b>5,000</b>");
    }
  });

  it("records the choices in the audit trail", async () => {
    const id = await checkedArticle("Audited");
    await publishReport(editor, id, TEST_ORIGIN);
    await publishReport(editor, id, TEST_ORIGIN, { includePending: true, correction: "Fixed a typo." });
    const events = await db.auditEvent.findMany({
      where: { articleId: id, action: "report.published" },
      orderBy: { at: "asc" },
    });
    expect(events.map((e) => JSON.parse(e.data))).toEqual([
      { version: 1, includePending: false, corrected: false },
      { version: 2, includePending: true, corrected: true },
    ]);
  });

  it("publishes only the version that was previewed, and only for publishers", async () => {
    const id = await checkedArticle("Previewed version");
    const preview = await previewPublicReport(editor, id, TEST_ORIGIN, choices(false));
    await publishReport(editor, id, TEST_ORIGIN);
    const late = await failure(publishReport(editor, id, TEST_ORIGIN, { expectedVersion: preview.version }));
    expect(late.code).toBe("CONFLICT");
    expect(await db.reportPublication.count({ where: { articleId: id } })).toBe(1);

    const reviewer = await actor("reviewer@example.com");
    expect((await failure(previewPublicReport(reviewer, id, TEST_ORIGIN, choices(false)))).code).toBe(
      "FORBIDDEN",
    );
  });
});
