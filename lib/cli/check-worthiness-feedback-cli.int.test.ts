import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readLabelledSentences } from "@/lib/check-worthiness/dataset";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { runCliProcess } from "./testing/cli-process";

// `check-worthiness-feedback` as people run it: a real subprocess (tsx
// scripts/cli.ts) on a seeded temporary database, whose demo claims are
// the Yes rows. Each run starts tsx, seconds on 2 cores.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const folder = mkdtempSync(path.join(tmpdir(), "feedback-process-"));

const RUN_TIMEOUT = 60_000;
const cli = (args: string[]) =>
  runCliProcess(["check-worthiness-feedback", ...args], { env: { DATABASE_URL: database.url } });

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
  rmSync(folder, { recursive: true, force: true });
});

describe("npm run cli -- check-worthiness-feedback", () => {
  it("prints the training TSV, which the training script reads back", { timeout: RUN_TIMEOUT }, async () => {
    const run = await cli([]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("Sentence_id\tText\tclass_label");
    const file = path.join(folder, "piped.tsv");
    writeFileSync(file, run.stdout);
    const rows = readLabelledSentences(file);
    expect(rows.some((row) => row.label === 1)).toBe(true);
  });

  it("writes --out and says how many of each label", { timeout: RUN_TIMEOUT }, async () => {
    const file = path.join(folder, "feedback.tsv");
    const run = await cli(["--out", file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    const rows = readLabelledSentences(file);
    const yes = rows.filter((row) => row.label === 1).length;
    expect(yes).toBeGreaterThan(0);
    expect(run.stderr).toBe(
      `Wrote ${file}: ${rows.length} labelled sentences (${yes} Yes, ${rows.length - yes} No).\n` +
        `Retrain with: npm run train:check-worthiness -- --extra ${file}\n`,
    );
  });

  it("refuses a reviewer named with --as, exit 1", { timeout: RUN_TIMEOUT }, async () => {
    const run = await cli(["--as", "reviewer@example.com"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("error: Only editors and admins can export suggestion feedback.\n");
    expect(run.stdout).toBe("");
  });

  it("takes no arguments", { timeout: RUN_TIMEOUT }, async () => {
    const run = await cli(["extra"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: check-worthiness-feedback takes no arguments \(got “extra”\)\./);
  });
});
