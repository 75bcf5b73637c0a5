import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readLabelledSentences } from "@/lib/check-worthiness/dataset";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor, failure } from "@/lib/data/testing/test-helpers";
import { importScoredArticle, SCORED_TEXT as TEXT, SENTENCES } from "./testing/scored-article";

// Editors' choices exported as training rows, against a real seeded
// database, and read back the way the training script reads --extra files.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { reviseArticleText } = await import("@/lib/data/articles/revise-article-text");
const { createClaim } = await import("@/lib/data/claims/create-claim");
const { rejectSuggestion } = await import("./reject-suggestion");
const { acceptSuggestions } = await import("./accept-suggestions");
const { exportFeedback } = await import("./export-feedback");

const folder = mkdtempSync(path.join(tmpdir(), "feedback-"));
afterAll(async () => {
  await db.$disconnect();
  database.dispose();
  rmSync(folder, { recursive: true, force: true });
});

const at = (sentence: string) => TEXT.indexOf(sentence);
const importArticle = importScoredArticle;

/** Marks a claim by hand on `length` characters of a sentence. */
async function markByHand(articleId: string, sentence: string, length = 12) {
  const start = at(sentence);
  return createClaim(await actor("editor@example.com"), articleId, {
    span: { revision: 1, start, end: start + length },
    type: "other",
  });
}

describe("exporting suggestion feedback for retraining", () => {
  it("labels claimed sentences Yes and rejected ones No, and the file reads back as training data", async () => {
    const editor = await actor("editor@example.com");
    const articleId = await importArticle();
    // Sentence 1: marked by hand. Sentence 2: rejected. Sentence 3: rejected, then
    // marked anyway (Yes wins). Sentence 4: a dismissed claim. Sentence 5: an
    // orphaned claim. Sentence 6: accepted from its suggestion.
    await markByHand(articleId, SENTENCES[0]!);
    await rejectSuggestion(editor, articleId, 2, { revision: 1 });
    await rejectSuggestion(editor, articleId, 3, { revision: 1 });
    await markByHand(articleId, SENTENCES[2]!);
    const dismissed = await markByHand(articleId, SENTENCES[3]!, 6);
    await db.claim.update({
      where: { id: dismissed.id },
      data: { dismissedAt: new Date(), dismissedReason: "Not a claim." },
    });
    const orphaned = await markByHand(articleId, SENTENCES[4]!);
    const accepted = await acceptSuggestions(editor, articleId, { revision: 1, minScore: 0.9 });
    expect(accepted.claims.map((c) => c.statement)).toEqual([SENTENCES[5]]);
    await db.claim.update({ where: { id: orphaned.id }, data: { anchorState: "orphaned" } });

    const file = await exportFeedback(editor);
    expect(file.filename).toMatch(/^check-worthiness-feedback-\d{4}-\d{2}-\d{2}\.tsv$/);
    expect(file.tsv.split("\n")[0]).toBe("Sentence_id\tText\tclass_label");
    const ours = (id: string) => id.startsWith(`${articleId}-`);
    const expected = [
      { id: `${articleId}-r1-${at(SENTENCES[0]!)}`, text: SENTENCES[0], label: 1 },
      { id: `${articleId}-r1-${at(SENTENCES[1]!)}`, text: SENTENCES[1], label: 0 },
      { id: `${articleId}-r1-${at(SENTENCES[2]!)}`, text: SENTENCES[2], label: 1 },
      { id: `${articleId}-r1-${at(SENTENCES[5]!)}`, text: SENTENCES[5], label: 1 },
    ];

    const saved = path.join(folder, file.filename);
    writeFileSync(saved, file.tsv);
    expect(readLabelledSentences(saved).filter((row) => ours(row.id))).toEqual(expected);
    expect(file.rows.filter((row) => ours(row.id)).map((row) => row.label)).toEqual([
      "Yes",
      "No",
      "Yes",
      "Yes",
    ]);
  });

  it("takes each claim's sentence from the revision it is anchored at, and rejections from theirs", async () => {
    const editor = await actor("editor@example.com");
    const articleId = await importArticle();
    await rejectSuggestion(editor, articleId, 4, { revision: 1 });
    const revised = `Breaking: ${TEXT}`;
    await reviseArticleText(editor, articleId, { text: revised, baseRevision: 1, note: null });
    const start = revised.indexOf(SENTENCES[2]!);
    await createClaim(editor, articleId, { span: { revision: 2, start, end: start + 12 }, type: "other" });

    const rows = (await exportFeedback(editor)).rows.filter((row) => row.id.startsWith(`${articleId}-`));

    expect(rows).toEqual([
      { id: `${articleId}-r1-${at(SENTENCES[3]!)}`, text: SENTENCES[3], label: "No" },
      { id: `${articleId}-r2-${start}`, text: SENTENCES[2], label: "Yes" },
    ]);
  });

  it("lists articles oldest first, each sentence once", async () => {
    const editor = await actor("editor@example.com");
    const rows = (await exportFeedback(editor)).rows;
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    const articles = await db.article.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    const order = new Map(articles.map((article, index) => [article.id, index]));
    const articleOf = (id: string) => order.get(id.replace(/-r\d+-\d+$/, ""))!;
    const positions = rows.map((row) => articleOf(row.id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(rows.every((row) => !/[\t\n\r]/.test(row.text))).toBe(true);
  });

  it.each(["reviewer@example.com", "viewer@example.com"])("refuses %s with FORBIDDEN", async (email) => {
    expect(await failure(exportFeedback(await actor(email)))).toMatchObject({
      code: "FORBIDDEN",
      message: "Only editors and admins can export suggestion feedback.",
    });
  });
});
