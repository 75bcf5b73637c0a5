import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import type { Scenario } from "./types";

/** An /api/v1 operation as the OpenAPI document describes it. */
export interface DocumentedOperation {
  operationId: string;
  method: string;
  /** Under /api/v1, with {params}. */
  path: string;
  /** `security: []`: no sign-in needed. */
  public: boolean;
}

/**
 * Every operation of the running server's OpenAPI document. A unit test
 * (lib/api/openapi/openapi-document.test.ts) ties the document to the route
 * files both ways, so this is every route the app serves.
 */
export async function loadOperations(http: APIRequestContext): Promise<Map<string, DocumentedOperation>> {
  const response = await http.get("/api/v1/openapi.json");
  if (response.status() !== 200) throw new Error(`GET /api/v1/openapi.json answered ${response.status()}`);
  const document = (await response.json()) as {
    paths: Record<string, Record<string, { operationId: string; security?: unknown[] }>>;
  };
  const operations = new Map<string, DocumentedOperation>();
  for (const [route, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      operations.set(operation.operationId, {
        operationId: operation.operationId,
        method,
        path: route,
        public: Array.isArray(operation.security) && operation.security.length === 0,
      });
    }
  }
  return operations;
}

/** What the table and the document disagree on: each line names an operation and what to do. */
export function coverageGaps(table: Scenario[], operations: Map<string, DocumentedOperation>): string[] {
  const covered = new Set(table.map((row) => row.operationId));
  const gaps: string[] = [];
  for (const operation of operations.values()) {
    if (!covered.has(operation.operationId))
      gaps.push(
        `${operation.operationId} (${operation.method.toUpperCase()} ${operation.path}) has no row in the matrix`,
      );
  }
  for (const operationId of covered) {
    if (!operations.has(operationId))
      gaps.push(`${operationId} is in the matrix but not in the API any more`);
  }
  for (const row of table) {
    const operation = operations.get(row.operationId);
    if (operation && operation.public !== Boolean(row.who.public))
      gaps.push(
        `${row.operationId}: the OpenAPI document says it is ${operation.public ? "" : "not "}public, the matrix says ${row.who.says}`,
      );
  }
  return gaps;
}

/**
 * Files with a "use server" directive: server actions would be endpoints
 * the OpenAPI document does not list, so the matrix would not see them.
 */
export function findServerActions(root: string, folders: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && entry.name !== "generated") walk(file);
      } else if (/\.(ts|tsx|js|mjs)$/.test(entry.name)) {
        if (/^\s*["']use server["']/m.test(readFileSync(file, "utf8"))) found.push(path.relative(root, file));
      }
    }
  };
  for (const folder of folders) walk(path.join(root, folder));
  return found;
}
