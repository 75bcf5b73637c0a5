import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor, failure } from "@/lib/data/testing/test-helpers";
import { defaultRatings } from "@/lib/review/default-ratings";
import type { CreateRatingInput } from "@/lib/schemas/rating";

// Integration tests against a real, migrated and seeded SQLite database.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { insertArticle } = await import("@/lib/data/articles/insert-article");
const { getClaimView } = await import("@/lib/data/claims/claim-view");
const { listRatings } = await import("./list-ratings");
const { createRating } = await import("./create-rating");
const { updateRating } = await import("./update-rating");
const { reorderRatings } = await import("./reorder-ratings");
const { getSettings } = await import("@/lib/data/settings/get-settings");
const { updateSettings } = await import("@/lib/data/settings/update-settings");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

let counter = 0;
function newRating(over: Partial<CreateRatingInput> = {}): CreateRatingInput {
  counter += 1;
  return {
    label: `Test rating ${counter}`,
    color: "#1d4ed8",
    shortCode: "TR",
    definition: "For tests.",
    value: null,
    ...over,
  };
}

/** A claim with one submitted verdict rated `ratingId`. */
async function claimRated(ratingId: string) {
  const editor = await actor("editor@example.com");
  const reviewer = await actor("reviewer@example.com");
  const text = "The mayor said 300 new homes were built last year.";
  return db.$transaction(async (tx) => {
    const article = await insertArticle(
      tx,
      { title: "Homes", byline: null, dateline: null, publishedAt: null, sourceUrl: null, text },
      editor.id,
    );
    const claim = await tx.claim.create({
      data: {
        articleId: article.id,
        anchoredRevision: 1,
        exact: "300 new homes",
        start: 15,
        end: 28,
        statement: "300 new homes",
        createdById: editor.id,
      },
    });
    await tx.verdict.create({
      data: {
        claimId: claim.id,
        authorId: reviewer.id,
        state: "submitted",
        revisions: {
          create: {
            version: 1,
            ratingId,
            summary: "Only 120.",
            authorId: reviewer.id,
            submittedAt: new Date(),
          },
        },
      },
    });
    return claim.id;
  });
}

describe("the rating scale in the database", () => {
  it("starts with the default scale in order", async () => {
    const ratings = await listRatings();
    expect(ratings.slice(0, 7).map((r) => r.key)).toEqual(defaultRatings.map((r) => r.key));
    expect(ratings[0]).toMatchObject({ label: "True", value: 5, shortCode: "T", retiredAt: null });
  });

  it("an admin adds a rating at the end, with a key from its label, audited", async () => {
    const admin = await actor("admin@example.com");
    const rating = await createRating(
      admin,
      newRating({ label: "Pants on fire!", color: "#9a3412", value: 1 }),
    );
    expect(rating).toMatchObject({
      key: "pants-on-fire",
      label: "Pants on fire!",
      color: "#9a3412",
      value: 1,
    });
    const all = await listRatings({ includeRetired: true });
    expect(all.at(-1)?.id).toBe(rating.id);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: rating.id } });
    expect(event).toMatchObject({ action: "rating.created", actorId: admin.id, entityType: "rating" });
  });

  it("refuses a label another rating has (ignoring case) as a field error", async () => {
    const admin = await actor("admin@example.com");
    const before = await db.rating.count();
    const refused = await failure(createRating(admin, newRating({ label: "mostly TRUE" })));
    expect(refused.code).toBe("VALIDATION");
    expect(refused.details?.fields).toEqual({
      label: "There is already a rating called “Mostly true”. Pick another label.",
    });
    const created = await createRating(admin, newRating());
    const renamed = await failure(
      updateRating(admin, created.id, { updatedAt: created.updatedAt, label: "False" }),
    );
    expect(renamed.code).toBe("VALIDATION");
    expect(await db.rating.count()).toBe(before + 1);
  });

  it("an admin renames and recolours a rating; the key stays, the version token moves on", async () => {
    const admin = await actor("admin@example.com");
    const created = await createRating(admin, newRating({ label: "Half true" }));
    const updated = await updateRating(admin, created.id, {
      updatedAt: created.updatedAt,
      label: "Partly true",
      color: "#7e22ce",
    });
    expect(updated).toMatchObject({ key: "half-true", label: "Partly true", color: "#7e22ce" });
    expect(updated.updatedAt).not.toBe(created.updatedAt);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: created.id, action: "rating.updated" },
    });
    expect(JSON.parse(event.data)).toEqual({
      key: "half-true",
      before: { label: "Half true", color: "#1d4ed8" },
      after: { label: "Partly true", color: "#7e22ce" },
    });
  });

  it("a stale update gets CONFLICT with the current rating and changes nothing", async () => {
    const admin = await actor("admin@example.com");
    const created = await createRating(admin, newRating());
    const first = await updateRating(admin, created.id, {
      updatedAt: created.updatedAt,
      definition: "First edit.",
    });
    const events = await db.auditEvent.count();
    const stale = await failure(
      updateRating(admin, created.id, { updatedAt: created.updatedAt, label: "Second edit", retired: true }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.details?.current).toEqual(first);
    const stored = await db.rating.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ label: created.label, definition: "First edit.", retiredAt: null });
    expect(await db.auditEvent.count()).toBe(events);
  });

  it("two concurrent edits with the same token: exactly one wins", async () => {
    const admin = await actor("admin@example.com");
    const created = await createRating(admin, newRating());
    const results = await Promise.allSettled([
      updateRating(admin, created.id, { updatedAt: created.updatedAt, shortCode: "A" }),
      updateRating(admin, created.id, { updatedAt: created.updatedAt, shortCode: "B" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((lost.reason as AppError).code).toBe("CONFLICT");
  });

  it("a retired rating keeps old verdicts intact but is no longer choosable", async () => {
    const admin = await actor("admin@example.com");
    const rating = await createRating(
      admin,
      newRating({ label: "Satire", color: "#0f766e", shortCode: "SA" }),
    );
    const claimId = await claimRated(rating.id);

    const retired = await updateRating(admin, rating.id, { updatedAt: rating.updatedAt, retired: true });
    expect(retired.retiredAt).not.toBeNull();

    const revision = await db.verdictRevision.findFirstOrThrow({
      where: { verdict: { claimId } },
      include: { rating: true },
    });
    expect(revision.rating).toMatchObject({ id: rating.id, key: "satire", label: "Satire" });
    expect((await getClaimView(claimId))?.ratings).toEqual([
      { key: "satire", label: "Satire", shortCode: "SA", color: "#0f766e", approved: false },
    ]);
    expect((await listRatings()).map((r) => r.id)).not.toContain(rating.id);
    expect((await listRatings({ includeRetired: true })).map((r) => r.id)).toContain(rating.id);
    expect(await db.auditEvent.count({ where: { entityId: rating.id, action: "rating.retired" } })).toBe(1);

    const restored = await updateRating(admin, rating.id, { updatedAt: retired.updatedAt, retired: false });
    expect(restored.retiredAt).toBeNull();
    expect((await listRatings()).map((r) => r.id)).toContain(rating.id);
    expect(await db.auditEvent.count({ where: { entityId: rating.id, action: "rating.restored" } })).toBe(1);
  });

  it("a request that changes nothing writes nothing", async () => {
    const admin = await actor("admin@example.com");
    const created = await createRating(admin, newRating());
    const events = await db.auditEvent.count();
    const same = await updateRating(admin, created.id, {
      updatedAt: created.updatedAt,
      label: created.label,
      retired: false,
    });
    expect(same).toEqual(created);
    expect(await db.auditEvent.count()).toBe(events);
  });

  it.each(["reviewer@example.com", "editor@example.com", "viewer@example.com"])(
    "%s changing the scale is refused with FORBIDDEN and nothing changes",
    async (email) => {
      const admin = await actor("admin@example.com");
      const rating = await createRating(admin, newRating());
      const who = await actor(email);
      const before = await listRatings({ includeRetired: true });
      const attempts = [
        createRating(who, newRating()),
        updateRating(who, rating.id, { updatedAt: rating.updatedAt, label: "Changed" }),
        updateRating(who, rating.id, { updatedAt: rating.updatedAt, retired: true }),
        reorderRatings(who, { ids: before.map((r) => r.id).reverse() }),
      ];
      for (const attempt of attempts) {
        const refused = await failure(attempt);
        expect(refused.code).toBe("FORBIDDEN");
        expect(refused.message).toBe("Only admins can change the rating scale.");
      }
      expect(await listRatings({ includeRetired: true })).toEqual(before);
    },
  );

  it("reorders the whole scale in one transaction, writing only what moved", async () => {
    const admin = await actor("admin@example.com");
    const before = await listRatings({ includeRetired: true });
    const ids = before.map((r) => r.id);
    const reordered = [ids[1]!, ids[0]!, ...ids.slice(2)];
    const after = await reorderRatings(admin, { ids: reordered });
    expect(after.map((r) => r.id)).toEqual(reordered);
    expect(after.map((r) => r.position)).toEqual(reordered.map((_, i) => i));
    expect(after.slice(2).map((r) => r.updatedAt)).toEqual(before.slice(2).map((r) => r.updatedAt));
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "ratings.reordered" },
      orderBy: { at: "desc" },
    });
    expect(JSON.parse(event.data).after.slice(0, 2)).toEqual(["mostly-true", "true"]);
    await reorderRatings(admin, { ids });
    expect((await listRatings({ includeRetired: true })).map((r) => r.id)).toEqual(ids);
  });

  it.each([
    ["misses a rating", (ids: string[]) => ids.slice(1).reverse()],
    ["names one that does not exist", (ids: string[]) => [...ids.slice(1).reverse(), "missing"]],
  ])("a reorder list that %s gets CONFLICT with the current scale and moves nothing", async (_, make) => {
    const admin = await actor("admin@example.com");
    const before = await listRatings({ includeRetired: true });
    const events = await db.auditEvent.count();
    const refused = await failure(reorderRatings(admin, { ids: make(before.map((r) => r.id)) }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.details?.current).toEqual(before);
    expect(await listRatings({ includeRetired: true })).toEqual(before);
    expect(await db.auditEvent.count()).toBe(events);
  });

  it("the last choosable rating cannot be retired", async () => {
    const admin = await actor("admin@example.com");
    const active = await listRatings();
    const [last, ...others] = active;
    await db.rating.updateMany({
      where: { id: { in: others.map((r) => r.id) } },
      data: { retiredAt: new Date() },
    });
    try {
      const refused = await failure(
        updateRating(admin, last!.id, { updatedAt: last!.updatedAt, retired: true }),
      );
      expect(refused.code).toBe("CONFLICT");
      expect(refused.message).toMatch(/Keep at least one rating/);
      expect((await listRatings()).map((r) => r.id)).toEqual([last!.id]);
    } finally {
      await db.rating.updateMany({
        where: { id: { in: others.map((r) => r.id) } },
        data: { retiredAt: null },
      });
    }
  });
});

// The settings sit beside the scale: both are the admin's configuration of the review workflow.
describe("the admin settings in the database", () => {
  it("an admin changes settings; only real changes are written, audited once with before and after", async () => {
    const admin = await actor("admin@example.com");
    const events = await db.auditEvent.count({ where: { action: "settings.updated" } });
    const settings = await updateSettings(admin, {
      approvalThreshold: 2,
      organizationUrl: "https://example.org/checks",
      showReviewerNames: false,
    });
    expect(settings).toMatchObject({
      approvalThreshold: 2,
      organizationUrl: "https://example.org/checks",
      showReviewerNames: false,
    });
    expect(settings).not.toHaveProperty("demoSeededAt");
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "settings.updated" },
      orderBy: { at: "desc" },
    });
    expect(JSON.parse(event.data)).toEqual({
      changes: {
        approvalThreshold: { from: 1, to: 2 },
        organizationUrl: { from: null, to: "https://example.org/checks" },
      },
    });
    await updateSettings(admin, { approvalThreshold: 2 });
    expect(await db.auditEvent.count({ where: { action: "settings.updated" } })).toBe(events + 1);
    await updateSettings(admin, { approvalThreshold: 1, organizationUrl: null });
    const restored = await getSettings();
    expect(restored.approvalThreshold).toBe(1);
    expect(restored.organizationUrl).toBeUndefined();
  });

  it.each(["reviewer@example.com", "editor@example.com", "viewer@example.com"])(
    "%s may not change settings",
    async (email) => {
      const who = await actor(email);
      const before = await getSettings();
      const refused = await failure(updateSettings(who, { approvalThreshold: 3 }));
      expect(refused.code).toBe("FORBIDDEN");
      expect(await getSettings()).toEqual(before);
    },
  );
});
