import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { bearer, createToken, expectApi } from "../support/api";
import { caseKinds, type BadRequest, type CaseKind } from "../support/bad-input/bad-request";
import { callerFor } from "../support/bad-input/callers";
import { createBadInputFixtures } from "../support/bad-input/fixture-ids";
import { jsonBodyCases } from "../support/bad-input/json-body-cases";
import { loadDocumentedOperations, type DocumentedOperation } from "../support/bad-input/operations";
import {
  concretePath,
  missingIdCase,
  missingIds,
  queryCases,
  uploadCases,
  wrongMethodCases,
} from "../support/bad-input/request-cases";
import { sendCase } from "../support/bad-input/send-case";
import { signIn } from "../support/demo";
import { startPageServer } from "../support/page-server";
import { DatabaseWatch } from "../support/database-watch";

/** The cases an operation gets, on the fixture's real ids (ids that don't exist are their own case). */
function casesOf(operation: DocumentedOperation, realIds: (collection: string) => string | undefined) {
  const url = concretePath(operation.path, (collection) => realIds(collection) ?? missingIds(collection));
  const missing = missingIdCase(operation);
  return [
    ...(operation.body ? jsonBodyCases(operation.method, url, operation.body) : []),
    ...(operation.rawBody
      ? uploadCases(operation.method, url)
      : queryCases(operation.method, url, operation.query)),
    ...(missing ? [missing] : []),
  ];
}

const requestCount = (cases: BadRequest[]) => cases.reduce((sum, c) => sum + (c.bodies?.length ?? 1), 0);

/**
 * Every /api/v1 operation, as the running server documents it, gets every
 * kind of bad input that applies to it. Each must be refused with its 4xx in
 * the one error shape (naming the field where there is one), write nothing
 * to the database, and leave the server answering.
 */
test("every API operation refuses bad input, writes nothing and stays up", async ({
  request,
  baseURL,
  playwright,
}) => {
  test.setTimeout(20 * 60_000);
  const operations = await loadDocumentedOperations(request);
  expect(operations.length).toBeGreaterThan(30);
  const realIds = await createBadInputFixtures();
  const watch = new DatabaseWatch();
  const counts = Object.fromEntries(caseKinds.map((kind) => [kind, 0])) as Record<CaseKind, number>;
  const failures: string[] = [];

  const run = async (label: string, cases: BadRequest[], operation?: DocumentedOperation) => {
    const caller = await callerFor(operation, requestCount(cases) + 1, request, {
      playwright,
      baseURL: baseURL!,
    });
    let before = watch.snapshot();
    let sent = 0;
    for (const badRequest of cases) {
      const outcome = await sendCase(caller.http, badRequest, {
        headers: caller.headersFor(sent),
        documented: operation?.statuses,
        watch,
        before,
      });
      sent += badRequest.bodies?.length ?? 1;
      before = outcome.now;
      counts[badRequest.kind] += 1;
      for (const problem of outcome.problems)
        failures.push(`${label} · ${badRequest.kind} · ${badRequest.name}: ${problem}`);
    }
    await caller.dispose?.();
    // Still up: the server answers a plain GET after every operation's cases.
    expect((await request.get("/api/v1/openapi.json")).status(), `the server answers after ${label}`).toBe(
      200,
    );
  };

  for (const operation of operations) {
    await test.step(`${operation.method} ${operation.path}`, () =>
      run(
        `${operation.operationId} (${operation.method} ${operation.path})`,
        casesOf(operation, realIds),
        operation,
      ));
  }
  const methodsByPath = new Map<string, string[]>();
  for (const { path: route, method } of operations)
    methodsByPath.set(route, [...(methodsByPath.get(route) ?? []), method]);
  for (const [route, methods] of methodsByPath) {
    const url = concretePath(route, (collection) => realIds(collection) ?? missingIds(collection));
    await test.step(`wrong methods on ${route}`, () => run(`${route}`, wrongMethodCases(url, methods)));
  }
  watch.close();

  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const summary = {
    operations: operations.length,
    paths: methodsByPath.size,
    total,
    byKind: counts,
    failed: failures.length,
  };
  mkdirSync("test-results", { recursive: true });
  writeFileSync(path.join("test-results", "bad-input-counts.json"), JSON.stringify(summary, null, 2) + "\n");
  console.log(`Bad input: ${total} cases on ${operations.length} operations (${methodsByPath.size} paths)`);
  for (const kind of caseKinds) console.log(`  ${kind}: ${counts[kind]}`);
  for (const kind of caseKinds) expect(counts[kind], `${kind} cases were made`).toBeGreaterThan(0);
  expect(failures, `${failures.length} of ${total} cases failed`).toEqual([]);
});

test.describe("imported text with NUL characters", () => {
  const withNuls = "Prices rose\u0000 3 percent in May.\n\nThe minister\u0000 said so.";

  test("a fetched page's is refused, naming the address, and nothing is stored", async ({ request }) => {
    const site = await startPageServer({
      "/nul.txt": ({ send }) => send("text/plain; charset=utf-8", withNuls),
    });
    const watch = new DatabaseWatch();
    try {
      const editor = bearer(await createToken("editor"));
      const before = watch.snapshot();
      const response = await request.post("/api/v1/imports/preview", {
        headers: editor,
        data: { kind: "url", url: site.url("/nul.txt") },
      });
      const body = await expectApi<{ error: { details: { fields: Record<string, string> } } }>(
        request,
        response,
        "previewImport",
        422,
      );
      expect(body.error.details.fields.url).toMatch(/NUL characters/);
      expect(watch.changesSince(before).changed).toEqual([]);
    } finally {
      watch.close();
      await site.close();
    }
  });

  test("an uploaded file's is refused in the form, on the file field", async ({ page }) => {
    await signIn(page, "editor");
    await page.goto("/articles/new");
    await page.getByLabel("Upload a file").check();
    await page.getByLabel("File", { exact: true }).setInputFiles({
      name: "utf16-without-bom.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(withNuls),
    });
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByText(/That file contains NUL characters/).first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Preview" })).toHaveCount(0);
  });
});
