import { expect, test } from "@playwright/test";
import { expectApi } from "../support/api";
import { demoUser } from "../support/demo";
import { signInOverHttp } from "../support/http-session";
import { buildCallers, freshCallerLike } from "./matrix/callers";
import { DatabaseWatch } from "../support/database-watch";
import {
  SOURCE,
  createArticle,
  createSharedFixture,
  createVerdict,
  database,
  demoIds,
} from "./matrix/fixtures";
import { coverageGaps, findServerActions, loadOperations } from "./matrix/operations";
import { runScenario, type MatrixRun } from "./matrix/run-matrix";
import { writeSummary } from "./matrix/summary";
import { matrixTable } from "./matrix/table";

/**
 * The role rules, proven on the server for every API operation against
 * every kind of caller (./matrix/table.ts says who may call what), with the
 * database fingerprinted around every refused write. The figures go to
 * test-results/permission-matrix.json for the README.
 */
test.describe("permission matrix", () => {
  test("the table has a row for every /api/v1 operation, and the app has no server actions", async ({
    request,
  }) => {
    const gaps = coverageGaps(matrixTable, await loadOperations(request));
    expect(gaps, "add a row to e2e/security/matrix/rows/ for each new operation").toEqual([]);
    // Server actions would be endpoints the OpenAPI document (and so the matrix) does not see.
    expect(findServerActions(process.cwd(), ["app", "components", "lib"])).toEqual([]);
  });

  test("every operation answers every caller as the table says, and refused writes change nothing", async ({
    playwright,
    baseURL,
  }) => {
    test.setTimeout(480_000);
    const startedAt = Date.now();
    const shared = await createSharedFixture();
    const { callers, contexts } = await buildCallers(playwright, baseURL!, shared);
    const watch = new DatabaseWatch();
    const run: MatrixRun = {
      callers,
      freshCallerLike: async (caller) => {
        const fresh = await freshCallerLike(caller, playwright, baseURL!, shared);
        if (fresh.context) contexts.push(fresh.context);
        return fresh.caller;
      },
      demo: await demoIds(),
      shared,
      watch,
      contract: contexts[0]!,
      results: [],
      violations: [],
      refusedWritesChecked: 0,
      timings: { accounts: 0, fixtures: 0, calls: 0, checks: 0, fingerprints: 0 },
    };
    try {
      const operations = await loadOperations(run.contract);
      const rows = matrixTable.filter((row) => operations.has(row.operationId));
      for (const row of rows) await runScenario(row, operations.get(row.operationId)!, run);
      writeSummary(run, rows.length, startedAt);
    } finally {
      watch.close();
      await Promise.all(contexts.map((context) => context.dispose()));
      // Ratings the allowed createRating calls added: retired, so later tests' verdict forms never offer them.
      const db = await database();
      await db.rating.updateMany({
        where: { key: { startsWith: "matrix-" }, retiredAt: null },
        data: { retiredAt: new Date() },
      });
    }
    expect(run.violations.map((v) => `${v.cell}: expected ${v.expected}, got ${v.got}. ${v.detail}`)).toEqual(
      [],
    );
  });

  test("separation of duties: an admin who revised a reviewer's verdict cannot approve it", async ({
    playwright,
    baseURL,
  }) => {
    const db = await database();
    const demo = await demoIds();
    const ratings = Object.fromEntries((await db.rating.findMany()).map((r) => [r.key, r.id]));
    const { claimId, verdictId } = await db.$transaction(async (tx) => {
      const article = await createArticle(tx, { editorId: demo.editor, claims: 1, unique: "duties" });
      const claimId = article.claimIds[0]!;
      const verdict = await createVerdict(tx, { claimId, authorId: demo.reviewer, ratingId: ratings.true! });
      return { claimId, verdictId: verdict.id };
    });
    const admin = await signInOverHttp(playwright, baseURL!, demoUser("admin"));
    const watch = new DatabaseWatch();
    try {
      const { verdict } = await expectApi<{ verdict: { lockVersion: number } }>(
        admin,
        await admin.get(`/api/v1/verdicts/${verdictId}`),
        "getVerdict",
        200,
      );
      // The admin rewrites Rita's verdict: revision 2 is the admin's work.
      const revised = await expectApi<{
        verdict: { authorId: string; currentVersion: number; revisions: Array<{ authorId: string }> };
      }>(
        admin,
        await admin.patch(`/api/v1/verdicts/${verdictId}`, {
          data: {
            rating: "false",
            summary: "The council built 30 homes, not 300.",
            sources: [SOURCE],
            baseVersion: verdict.lockVersion,
          },
        }),
        "reviseVerdict",
        200,
      );
      expect(revised.verdict.currentVersion).toBe(2);
      expect(revised.verdict.authorId).toBe(demo.reviewer);
      expect(revised.verdict.revisions[0]?.authorId, "revision 2 names the admin as its author").toBe(
        demo.admin,
      );

      const before = watch.snapshot();
      await expectApi(
        admin,
        await admin.post(`/api/v1/verdicts/${verdictId}/reviews`, {
          data: { decision: "approve", version: 2 },
        }),
        "reviewVerdict",
        403,
      );
      expect(watch.changesSince(before).changed, "nothing is written, not even to the audit trail").toEqual(
        [],
      );
      const { claim } = await expectApi<{ claim: { status: string } }>(
        admin,
        await admin.get(`/api/v1/claims/${claimId}`),
        "getClaim",
        200,
      );
      expect(claim.status).toBe("in_review");
    } finally {
      watch.close();
      await admin.dispose();
    }
  });
});
