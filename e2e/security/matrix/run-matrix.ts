import { randomBytes } from "node:crypto";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { expectApi } from "../../support/api";
import type { DemoRole } from "../../support/demo";
import { expectedStatus } from "./access";
import { database, type SharedFixture } from "./fixtures";
import type { DatabaseWatch } from "../../support/database-watch";
import type { DocumentedOperation } from "./operations";
import type { Caller, CellRequest, Scenario, Violation } from "./types";

export interface CellResult {
  operationId: string;
  scenario?: string;
  caller: string;
  expected: number;
  got: number;
  /** "allowed", or the refusal the table expects ("401", "403", "404", "409"). */
  outcome: string;
}

export interface MatrixRun {
  callers: Caller[];
  freshCallerLike: (caller: Caller) => Promise<Caller>;
  demo: Record<DemoRole, string>;
  shared: SharedFixture;
  watch: DatabaseWatch;
  /** Loads the OpenAPI document for response validation. */
  contract: APIRequestContext;
  results: CellResult[];
  violations: Violation[];
  refusedWritesChecked: number;
  /** Milliseconds spent per phase, to see where a slow run goes. */
  timings: Record<"accounts" | "fixtures" | "calls" | "checks" | "fingerprints", number>;
}

async function timed<T>(run: MatrixRun, phase: keyof MatrixRun["timings"], work: () => Promise<T> | T) {
  const started = performance.now();
  try {
    return await work();
  } finally {
    run.timings[phase] += performance.now() - started;
  }
}

interface Cell {
  caller: Caller;
  expected: number;
  request: CellRequest;
}

let cellCounter = 0;
const runId = randomBytes(3).toString("hex");

/**
 * Runs one row against every caller: writes every cell's fixtures in one
 * transaction, then sends the refused calls (checking after each write that
 * the database is unchanged) and then the allowed ones, which must succeed
 * with a response that matches the OpenAPI document.
 */
export async function runScenario(scenario: Scenario, operation: DocumentedOperation, run: MatrixRun) {
  const cells: Cell[] = [];
  for (const caller of run.callers) {
    const cellCaller = scenario.ownAccount
      ? await timed(run, "accounts", () => run.freshCallerLike(caller))
      : caller;
    cells.push({ caller: cellCaller, expected: expectedStatus(scenario, cellCaller), request: {} });
  }
  const db = await database();
  await timed(run, "fixtures", () =>
    db.$transaction(
      async (tx) => {
        for (const cell of cells) {
          cell.request = await scenario.prepare({
            tx,
            caller: cell.caller,
            userId: cell.caller.user?.id ?? run.demo.admin,
            demo: run.demo,
            shared: run.shared,
            unique: `${runId}-${(cellCounter += 1)}`,
          });
        }
      },
      { timeout: 60_000 },
    ),
  );

  const isWrite = operation.method !== "get";
  const refused = cells.filter((cell) => cell.expected !== scenario.success);
  const allowed = cells.filter((cell) => cell.expected === scenario.success);
  let before = isWrite ? await timed(run, "fingerprints", () => run.watch.snapshot()) : null;
  for (const cell of [...refused, ...allowed]) {
    const response = await timed(run, "calls", () => send(cell, operation));
    const problems = [
      await timed(run, "checks", () => checkResponse(cell, scenario, response, run.contract)),
    ];
    if (before && cell.expected !== scenario.success) {
      const { changed, now } = await timed(run, "fingerprints", () => run.watch.changesSince(before!));
      run.refusedWritesChecked += 1;
      if (changed.length > 0) problems.push(`The refused call changed ${changed.join(", ")}.`);
      before = now;
    }
    if (problems.some(Boolean))
      run.violations.push({
        cell: `${operation.method.toUpperCase()} ${operation.path} ${scenario.operationId}${scenario.name ? ` (${scenario.name})` : ""} as ${cell.caller.name}`,
        expected: cell.expected,
        got: response.status(),
        detail: problems.filter(Boolean).join(" "),
      });
    run.results.push({
      operationId: scenario.operationId,
      scenario: scenario.name,
      caller: cell.caller.name,
      expected: cell.expected,
      got: response.status(),
      outcome: cell.expected === scenario.success ? "allowed" : String(cell.expected),
    });
  }
}

async function send(cell: Cell, operation: DocumentedOperation): Promise<APIResponse> {
  const { params = {}, query, json, raw } = cell.request;
  const path = operation.path.replace(/\{(\w+)\}/g, (_match, param: string) => {
    const value = params[param];
    if (value === undefined) throw new Error(`${operation.operationId}: prepare() gave no {${param}}`);
    return encodeURIComponent(value);
  });
  const search = query ? `?${new URLSearchParams(query)}` : "";
  const body = typeof json === "function" ? await (json as () => Promise<unknown>)() : json;
  return cell.caller.http.fetch(`/api/v1${path}${search}`, {
    method: operation.method.toUpperCase(),
    headers: {
      // A new connection per call: a kept-alive one that sat idle while fixtures were
      // written may be closed by the server just as it is reused (ECONNRESET).
      Connection: "close",
      ...cell.caller.headers,
      ...(raw ? { "Content-Type": raw.contentType } : {}),
    },
    data: raw ? raw.body : body,
    maxRedirects: 0,
  });
}

/**
 * The status the table expects, with a body that matches the OpenAPI
 * document for it; else what was wrong, in a sentence.
 */
async function checkResponse(
  cell: Cell,
  scenario: Scenario,
  response: APIResponse,
  contract: APIRequestContext,
): Promise<string | null> {
  if (response.status() !== cell.expected) {
    const body = (await response.text()).slice(0, 300);
    return body ? `It answered: ${body}` : "It answered with no body.";
  }
  try {
    await expectApi(contract, response, scenario.operationId, cell.expected);
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `The response does not match the OpenAPI document: ${message.slice(0, 500)}`;
  }
}
