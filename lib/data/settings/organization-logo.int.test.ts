import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor } from "@/lib/data/testing/test-helpers";
import { updateSettingsSchema } from "@/lib/schemas/settings";

// Against a real, migrated and seeded SQLite database.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { insertArticle } = await import("@/lib/data/articles/insert-article");
const { getSettings } = await import("./get-settings");
const { updateSettings } = await import("./update-settings");
const { buildReportModel } = await import("@/lib/data/reports/build-report-model");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

async function newArticle() {
  const editor = await actor("editor@example.com");
  return db.$transaction((tx) =>
    insertArticle(
      tx,
      { title: "Logo", byline: null, dateline: null, publishedAt: null, sourceUrl: null, text: "A text." },
      editor.id,
    ),
  );
}

describe("the organisation logo setting", () => {
  it("is stored, audited, reaches the report model, and clears with an empty value", async () => {
    const admin = await actor("admin@example.com");
    const article = await newArticle();
    const internal = { audience: "internal" as const, reportUrl: null };
    expect((await buildReportModel(article.id, internal)).organization.logoUrl).toBeNull();

    const input = updateSettingsSchema.parse({ organizationLogoUrl: "https://example.org/logo.png" });
    expect((await updateSettings(admin, input)).organizationLogoUrl).toBe("https://example.org/logo.png");
    expect((await getSettings()).organizationLogoUrl).toBe("https://example.org/logo.png");
    expect((await buildReportModel(article.id, internal)).organization).toMatchObject({
      logoUrl: "https://example.org/logo.png",
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "settings.updated" },
      orderBy: { at: "desc" },
    });
    expect(JSON.parse(String(audit.data))).toMatchObject({
      changes: { organizationLogoUrl: { from: null, to: "https://example.org/logo.png" } },
    });

    await updateSettings(admin, updateSettingsSchema.parse({ organizationLogoUrl: "" }));
    expect((await getSettings()).organizationLogoUrl).toBeUndefined();
    expect((await buildReportModel(article.id, internal)).organization.logoUrl).toBeNull();
  });

  it("refuses an http, relative or script address", () => {
    for (const value of [
      "http://example.org/logo.png",
      "/logo.png",
      "javascript:alert(1)",
      "data:image/png;base64,AA",
    ]) {
      const result = updateSettingsSchema.safeParse({ organizationLogoUrl: value });
      expect(result.success, value).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(
        /^Give the logo's web address starting with https:\/\//,
      );
    }
  });

  it("falls back to none when a stored value is no longer valid", async () => {
    await db.setting.upsert({
      where: { key: "organizationLogoUrl" },
      create: { key: "organizationLogoUrl", value: JSON.stringify("http://old.example.org/logo.png") },
      update: { value: JSON.stringify("http://old.example.org/logo.png") },
    });
    const settings = await getSettings();
    expect(settings.organizationLogoUrl).toBeUndefined();
    expect(settings.organizationName).toBeTruthy();
    await db.setting.delete({ where: { key: "organizationLogoUrl" } });
  });
});
