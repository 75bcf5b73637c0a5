import { afterAll, describe, expect, it } from "vitest";
import { CHECK_WORTHY_THRESHOLD } from "@/lib/check-worthiness/threshold";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor } from "@/lib/data/testing/test-helpers";
import { importScoredArticle } from "@/lib/data/suggestions/testing/scored-article";
import { updateSettingsSchema } from "@/lib/schemas/settings";

// The suggestion threshold setting against a real, migrated and seeded database.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { getEditableSettings, getSettings } = await import("./get-settings");
const { updateSettings } = await import("./update-settings");
const { listSuggestions } = await import("@/lib/data/suggestions/list-suggestions");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

const importArticle = importScoredArticle;

describe("the suggestion threshold setting", () => {
  it("is the model's own threshold until an admin sets one", async () => {
    expect((await getSettings()).suggestionThreshold).toBe(CHECK_WORTHY_THRESHOLD);
    expect(await getEditableSettings(await actor("admin@example.com"))).toMatchObject({
      suggestionThreshold: CHECK_WORTHY_THRESHOLD,
    });
  });

  it("decides what is suggested, is audited, and goes back to the model's with null", async () => {
    const admin = await actor("admin@example.com");
    const viewer = await actor("viewer@example.com");
    const articleId = await importArticle();
    const before = await listSuggestions(viewer, articleId);
    expect(before.threshold).toBe(CHECK_WORTHY_THRESHOLD);
    expect(before.sentences.map((s) => s.suggested)).toEqual([true, true, true, false, true, true]);

    try {
      const input = updateSettingsSchema.parse({ suggestionThreshold: 0.9 });
      expect((await updateSettings(admin, input)).suggestionThreshold).toBe(0.9);
      const after = await listSuggestions(viewer, articleId);
      expect(after.threshold).toBe(0.9);
      expect(after.sentences.map((s) => s.suggested)).toEqual([true, false, true, false, true, true]);
      // The labels follow the threshold too.
      expect(after.sentences[1]!.label).toBe("unlikely check-worthy");
      const audit = await db.auditEvent.findFirstOrThrow({
        where: { action: "settings.updated" },
        orderBy: { at: "desc" },
      });
      expect(JSON.parse(String(audit.data))).toEqual({
        changes: { suggestionThreshold: { from: CHECK_WORTHY_THRESHOLD, to: 0.9 } },
      });
    } finally {
      await updateSettings(admin, updateSettingsSchema.parse({ suggestionThreshold: null }));
    }
    expect(await db.setting.count({ where: { key: "suggestionThreshold" } })).toBe(0);
    expect((await listSuggestions(viewer, articleId)).threshold).toBe(CHECK_WORTHY_THRESHOLD);
  });

  it.each([
    [0.04, "Set the suggestion threshold to at least 0.05, or every sentence would be suggested."],
    [0.96, "Set the suggestion threshold to at most 0.95, or almost nothing would be suggested."],
    ["0.5", "Give the suggestion threshold as a number from 0.05 to 0.95, like 0.5."],
  ])("refuses %j, saying what to give", (value, message) => {
    const result = updateSettingsSchema.safeParse({ suggestionThreshold: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([{ path: ["suggestionThreshold"], message }]);
  });

  it.each([0.05, 0.95, 0.5])("takes %s", (value) => {
    expect(updateSettingsSchema.parse({ suggestionThreshold: value })).toEqual({
      suggestionThreshold: value,
    });
  });

  it("falls back to the model's threshold when a stored value is no longer valid", async () => {
    await db.setting.create({ data: { key: "suggestionThreshold", value: JSON.stringify(2) } });
    try {
      expect((await getSettings()).suggestionThreshold).toBe(CHECK_WORTHY_THRESHOLD);
    } finally {
      await db.setting.delete({ where: { key: "suggestionThreshold" } });
    }
  });
});
