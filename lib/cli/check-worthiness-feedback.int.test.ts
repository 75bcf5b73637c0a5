import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readLabelledSentences } from "@/lib/check-worthiness/dataset";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor } from "@/lib/data/testing/test-helpers";
import { fakeIo } from "./testing/fake-io";

// The command against a seeded temporary database, run in this process over
// strings (the subprocess test runs it as people do).
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { rejectSuggestion } = await import("@/lib/data/suggestions/reject-suggestion");
const { checkWorthinessFeedback } = await import("./commands/check-worthiness-feedback");

const folder = mkdtempSync(path.join(tmpdir(), "feedback-cli-"));
let articleId: string;

beforeAll(async () => {
  // The demo article has claims; reject its last sentence so there is a No too.
  const article = await db.article.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
  articleId = article.id;
  const { listSuggestions } = await import("@/lib/data/suggestions/list-suggestions");
  const editor = await actor("editor@example.com");
  const { sentences } = await listSuggestions(editor, articleId);
  const open = sentences.findLast((s) => !s.claimed)!;
  await rejectSuggestion(editor, articleId, open.n, { revision: article.revision });
});

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
  rmSync(folder, { recursive: true, force: true });
});

describe("check-worthiness-feedback", () => {
  it("prints the training TSV on standard output", async () => {
    const { io, output } = fakeIo();
    await checkWorthinessFeedback({}, io);
    const lines = output.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("Sentence_id\tText\tclass_label");
    expect(lines.slice(1).every((line) => /^[^\t]+-r\d+-\d+\t[^\t]+\t(Yes|No)$/.test(line))).toBe(true);
    expect(lines.some((line) => line.endsWith("\tYes"))).toBe(true);
    expect(lines.some((line) => line.endsWith("\tNo"))).toBe(true);
    expect(output.stderr).toBe("");
  });

  it("writes --out relative to where it was typed, in a file the training script reads", async () => {
    const { io, output } = fakeIo({ cwd: folder });
    await checkWorthinessFeedback({ out: "feedback.tsv" }, io);
    const file = path.join(folder, "feedback.tsv");
    const rows = readLabelledSentences(file);
    const yes = rows.filter((row) => row.label === 1).length;
    expect(rows.length).toBeGreaterThan(yes);
    expect(yes).toBeGreaterThan(0);
    expect(rows.some((row) => row.id.startsWith(`${articleId}-`))).toBe(true);
    expect(output.stdout).toBe("");
    expect(output.stderr).toBe(
      `Wrote ${file}: ${rows.length} labelled sentences (${yes} Yes, ${rows.length - yes} No).\n` +
        "Retrain with: npm run train:check-worthiness -- --extra feedback.tsv\n",
    );
    expect(readFileSync(file, "utf8").endsWith("\n")).toBe(true);
  });

  it("refuses a reviewer named with --as", async () => {
    const { io } = fakeIo();
    await expect(checkWorthinessFeedback({ as: "reviewer@example.com" }, io)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Only editors and admins can export suggestion feedback.",
    });
  });
});
