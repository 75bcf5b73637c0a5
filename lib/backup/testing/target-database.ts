import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import {
  adminSql,
  databaseOnServer,
  testPostgresUrl,
  uniqueDatabaseName,
} from "@/lib/data/testing/test-databases";

/**
 * A database to restore into, on the same provider as the test run, without
 * touching DATABASE_URL (the test's own client stays on its database):
 * brand new and empty, or migrated with the defaults but no users or
 * articles (a copy of the run's plain template).
 */
export function targetDatabase({ migrated }: { migrated: boolean }): { url: string; dispose: () => void } {
  const templates = inject("databaseTemplates");
  const postgresUrl = testPostgresUrl();
  if (postgresUrl && templates.postgres) {
    const name = uniqueDatabaseName("restore");
    adminSql(
      postgresUrl,
      `CREATE DATABASE ${name}${migrated ? ` TEMPLATE ${templates.postgres.plain}` : ""}`,
    );
    return {
      url: databaseOnServer(postgresUrl, name),
      dispose: () => adminSql(postgresUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "factcheck-restore-"));
  const file = path.join(dir, "app.db");
  if (migrated) copyFileSync(path.join(templates.sqliteFolder as string, "plain", "app.db"), file);
  return { url: `file:${file}`, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
