import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { formatBackupSize } from "../../lib/backup/format-backup";
import { seriousViolations } from "../support/axe";
import { signIn } from "../support/demo";
import { database } from "../support/fixtures";

// The settings page says when the database was last backed up: nothing yet,
// a stale record, then a real `npm run backup` against the app's database.
test.describe.configure({ mode: "serial" });

const backups = (page: Page) => page.getByTestId("last-backup");

test.beforeAll(async () => {
  const db = await database();
  await db.backup.deleteMany();
});

test.beforeEach(async ({ page }) => signIn(page, "admin"));

test("before any backup, the page says none is recorded and how to start", async ({ page }) => {
  await page.goto("/admin/settings");
  await expect(page.getByRole("heading", { name: "Backups" })).toBeVisible();
  await expect(backups(page)).toContainText("No backup has been recorded.");
  await expect(backups(page)).toContainText("npm run backup");
  expect(await seriousViolations(page)).toEqual([]);
});

test("a last backup older than a day is flagged in words", async ({ page }) => {
  const db = await database();
  const completedAt = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000);
  await db.backup.create({
    data: { completedAt, fileName: "old-backup.db", bytes: 372_736n, provider: "sqlite", durationMs: 12 },
  });
  await page.goto("/admin/settings");
  await expect(backups(page)).toContainText("Last backup:");
  await expect(backups(page)).toContainText("(3 days ago)");
  await expect(backups(page)).toContainText("old-backup.db, 364 kB, SQLite");
  await expect(backups(page)).toContainText("Warning: the last backup is more than a day old.");
  expect(await seriousViolations(page)).toEqual([]);
});

test("npm run backup while the app runs shows up as the last backup", async ({ page }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "factcheck-e2e-backup-"));
  try {
    const file = path.join(dir, "tonight.db");
    const run = spawnSync("npx", ["tsx", "scripts/cli.ts", "backup", "--out", file], {
      cwd: process.cwd(),
      env: { ...process.env, DEMO: "" },
      encoding: "utf8",
    });
    expect(run.stderr).toBe("Backing up the database…\n");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Backed up to ${file}`);
    await page.goto("/admin/settings");
    await expect(backups(page)).toContainText("(just now)");
    await expect(backups(page)).toContainText(`tonight.db, ${formatBackupSize(statSync(file).size)}, SQLite`);
    await expect(backups(page)).not.toContainText("Warning");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("editors do not see the backups", async ({ browser }) => {
  const page = await browser.newPage();
  try {
    await signIn(page, "editor");
    await page.goto("/admin/settings");
    await expect(page.getByTestId("not-allowed")).toBeVisible();
    await expect(backups(page)).toHaveCount(0);
  } finally {
    await page.close();
  }
});
