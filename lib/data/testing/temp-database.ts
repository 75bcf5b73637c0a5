import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";

/**
 * A migrated SQLite database in a temporary folder, seeded with the demo
 * data (unless `demo: false`), for integration tests: a copy of the template
 * the run's global setup prepared (global-setup.ts). Call before importing
 * anything that opens the Prisma client: the client reads DATABASE_URL
 * once, when it is created.
 */
export function createTempDatabase({ demo = true }: { demo?: boolean } = {}): {
  url: string;
  dispose: () => void;
} {
  const dir = mkdtempSync(path.join(os.tmpdir(), "factcheck-int-"));
  const template = path.join(inject("databaseTemplates"), demo ? "demo" : "plain", "app.db");
  const file = path.join(dir, "app.db");
  copyFileSync(template, file);
  // The seed's connection closed cleanly, so the log is normally folded in; copy it if not.
  if (existsSync(`${template}-wal`)) copyFileSync(`${template}-wal`, `${file}-wal`);
  const url = `file:${file}`;
  process.env.DATABASE_URL = url;
  return { url, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
