import { mulberry32 } from "@/lib/random/mulberry32";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor } from "@/lib/data/testing/test-helpers";
import { AppError } from "@/lib/errors/app-error";

// A property test against a real SQLite database: random sequences of
// workflow actions through the real use cases, by random users, and after
// each sequence every stored status must equal a full re-derivation from
// scratch. A use case that forgets syncStatuses makes it fail.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { insertTestArticle } = await import("@/lib/data/articles/api-test-helpers");
const { reviseArticleText } = await import("@/lib/data/articles/revise-article-text");
const { createClaim } = await import("@/lib/data/claims/create-claim");
const { updateClaim } = await import("@/lib/data/claims/update-claim");
const { deleteClaim } = await import("@/lib/data/claims/delete-claim");
const { createVerdict } = await import("@/lib/data/verdicts/create-verdict");
const { submitVerdict } = await import("@/lib/data/verdicts/submit-verdict");
const { reviseVerdict } = await import("@/lib/data/verdicts/revise-verdict");
const { reviewVerdict } = await import("@/lib/data/verdicts/review-verdict");
const { resolveDispute } = await import("@/lib/data/verdicts/resolve-dispute");
const { updateSettings } = await import("@/lib/data/settings/update-settings");
const { findStaleStatuses } = await import("./testing/find-stale-statuses");
const { syncAllStatuses } = await import("./sync-all-statuses");
const { getMyWork } = await import("@/lib/data/queues/get-my-work");
const { countMyWork, myWorkCountCap } = await import("@/lib/data/queues/count-my-work");
const { expectedQueues } = await import("@/lib/data/queues/testing/expected-queues");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

/** A seeded PRNG, so a failing sequence can be replayed by its seed. */
function prng(seed: number) {
  const next = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(next() * items.length)];
  return { next, pick };
}
type Random = ReturnType<typeof prng>;

const source = {
  url: "https://example.org/record",
  title: "Record",
  publisher: "",
  excerpt: null,
  archiveUrl: null,
};
const sentences = (count: number, offset = 0) =>
  Array.from(
    { length: count },
    (_, i) => `The council built ${(i + offset + 1) * 100} homes in ward ${i + offset + 1}.`,
  );

interface World {
  users: SessionUser[];
  editors: SessionUser[];
  reviewers: SessionUser[];
  ratings: string[];
  articleId: string;
}

/** A user who may do it most of the time, anyone (a viewer, the wrong reviewer) otherwise. */
const someone = (random: Random, world: World, pool: SessionUser[]) =>
  (random.next() < 0.8 ? random.pick(pool) : random.pick(world.users)) as SessionUser;

async function claimsOf(world: World) {
  return db.claim.findMany({ where: { articleId: world.articleId }, orderBy: { id: "asc" } });
}
async function verdictsOf(world: World) {
  return db.verdict.findMany({ where: { claim: { articleId: world.articleId } }, orderBy: { id: "asc" } });
}

type Action = (random: Random, world: World) => Promise<unknown>;

const actions: Record<string, Action> = {
  async markClaim(random, world) {
    const revision = await db.articleRevision.findFirstOrThrow({
      where: { articleId: world.articleId },
      orderBy: { number: "desc" },
    });
    const exact = random.pick(revision.text.split("\n\n")) ?? "";
    return createClaim(someone(random, world, world.editors), world.articleId, {
      selector: { exact },
      type: "statistic",
    });
  },
  async dismiss(random, world) {
    const claim = random.pick(await claimsOf(world));
    if (!claim) return;
    return updateClaim(someone(random, world, world.editors), claim.id, {
      version: claim.version,
      dismissal: { dismissed: true, reason: "Not checkable." },
    });
  },
  async restore(random, world) {
    const claim = random.pick((await claimsOf(world)).filter((c) => c.dismissedAt));
    if (!claim) return;
    return updateClaim(someone(random, world, world.editors), claim.id, {
      version: claim.version,
      dismissal: { dismissed: false },
    });
  },
  async editClaim(random, world) {
    const claim = random.pick(await claimsOf(world));
    if (!claim) return;
    return updateClaim(someone(random, world, world.editors), claim.id, {
      version: claim.version,
      statement: `Edited ${Math.floor(random.next() * 1000)}`,
    });
  },
  async editText(random, world) {
    const revision = await db.articleRevision.findFirstOrThrow({
      where: { articleId: world.articleId },
      orderBy: { number: "desc" },
    });
    const paragraphs = revision.text.split("\n\n");
    const index = Math.floor(random.next() * paragraphs.length);
    // Drop, reword or add a paragraph: claims move, stay or are orphaned.
    const roll = random.next();
    if (roll < 0.3 && paragraphs.length > 2) paragraphs.splice(index, 1);
    else if (roll < 0.6) paragraphs[index] = `${paragraphs[index]} Officials agreed.`;
    else paragraphs.push(...sentences(1, 20 + revision.number));
    return reviseArticleText(someone(random, world, world.editors), world.articleId, {
      baseRevision: revision.number,
      text: paragraphs.join("\n\n"),
      note: null,
    });
  },
  async writeVerdict(random, world) {
    const claim = random.pick(await claimsOf(world));
    if (!claim) return;
    return createVerdict(someone(random, world, world.reviewers), claim.id, {
      rating: random.pick(world.ratings) as string,
      summary: "Checked.",
      rationale: "",
      sources: [source],
      submit: random.next() < 0.6,
    });
  },
  async submitDraft(random, world) {
    const verdict = random.pick((await verdictsOf(world)).filter((v) => v.state === "draft"));
    if (!verdict) return;
    const author = world.users.find((user) => user.id === verdict.authorId) as SessionUser;
    return submitVerdict(random.next() < 0.8 ? author : someone(random, world, world.users), verdict.id, {
      baseVersion: verdict.lockVersion,
    });
  },
  async reviseVerdict(random, world) {
    const verdict = random.pick((await verdictsOf(world)).filter((v) => v.state !== "closed"));
    if (!verdict) return;
    const author = world.users.find((user) => user.id === verdict.authorId) as SessionUser;
    return reviseVerdict(random.next() < 0.8 ? author : someone(random, world, world.reviewers), verdict.id, {
      rating: random.pick(world.ratings) as string,
      summary: "Revised.",
      rationale: "",
      sources: [source],
      submit: random.next() < 0.5,
      baseVersion: verdict.lockVersion,
    });
  },
  async approve(random, world) {
    return review(random, world, "approve");
  },
  async requestChanges(random, world) {
    return review(random, world, "request_changes");
  },
  async resolve(random, world) {
    const claim = random.pick((await claimsOf(world)).filter((c) => c.status === "disputed"));
    if (!claim) return;
    const kept = random.pick(await db.verdict.findMany({ where: { claimId: claim.id, state: "submitted" } }));
    if (!kept) return;
    return resolveDispute(someone(random, world, world.editors), claim.id, {
      keepVerdictId: kept.id,
      reason: "The evidence favours it.",
    });
  },
  async changeThreshold(random, world) {
    const admin = world.users.find((user) => user.role === "admin") as SessionUser;
    return updateSettings(admin, { approvalThreshold: random.pick([1, 2, 3]) as number });
  },
  async deleteClaim(random, world) {
    const claim = random.pick(await claimsOf(world));
    if (!claim) return;
    return deleteClaim(someone(random, world, world.editors), claim.id, {
      withVerdicts: random.next() < 0.7,
    });
  },
};

async function review(random: Random, world: World, decision: "approve" | "request_changes") {
  const verdict = random.pick((await verdictsOf(world)).filter((v) => v.state === "submitted"));
  if (!verdict) return;
  return reviewVerdict(someone(random, world, world.reviewers), verdict.id, {
    decision,
    comment: decision === "request_changes" ? "Cite the primary record." : null,
    // Now and then a review of a revision the author has replaced since.
    version: random.next() < 0.9 ? verdict.currentVersion : Math.max(1, verdict.currentVersion - 1),
    baseVersion: verdict.lockVersion,
  });
}

/** Runs one action; refusals (permissions, conflicts, validation) are part of the game and write nothing. */
async function attempt(action: Action, random: Random, world: World): Promise<"done" | "refused"> {
  try {
    await action(random, world);
    return "done";
  } catch (error) {
    if (error instanceof AppError) return "refused";
    throw error;
  }
}

describe("stored statuses", () => {
  let base: Omit<World, "articleId">;

  beforeAll(async () => {
    const emails = ["admin", "editor", "reviewer", "reviewer2", "viewer"].map(
      (name) => `${name}@example.com`,
    );
    await db.user.create({
      data: { email: "reviewer3@example.com", name: "Third Reviewer", role: "reviewer", passwordHash: "x" },
    });
    const users = await Promise.all([...emails, "reviewer3@example.com"].map((email) => actor(email)));
    const ratings = await db.rating.findMany({ where: { retiredAt: null }, select: { key: true } });
    base = {
      users,
      editors: users.filter((user) => user.role === "editor" || user.role === "admin"),
      reviewers: users.filter((user) => user.role === "reviewer" || user.role === "admin"),
      // Three ratings: enough for disputes, few enough that verdicts often agree.
      ratings: ratings.map((rating) => rating.key).slice(0, 3),
    };
  });

  it("start out derived: the seed and the backfill agree with the rules", async () => {
    expect(await findStaleStatuses()).toEqual([]);
  });

  it("the check notices a stored status that disagrees with the facts", async () => {
    const claim = await db.claim.findFirstOrThrow({ where: { status: "approved" } });
    await db.claim.update({ where: { id: claim.id }, data: { status: "needs_verdict" } });
    expect(await findStaleStatuses()).toEqual([expect.stringContaining(claim.id)]);
    await db.$transaction((tx) => syncAllStatuses(tx));
    expect(await findStaleStatuses()).toEqual([]);
  });

  it("stay equal to a full re-derivation through 30 random sequences of 40 workflow actions", async () => {
    const tally: Record<string, { done: number; refused: number }> = {};
    const names = Object.keys(actions);
    for (let seed = 1; seed <= 30; seed += 1) {
      const random = prng(seed);
      const editor = base.editors.find((user) => user.role === "editor") as SessionUser;
      const articleId = await insertTestArticle(editor, sentences(6).join("\n\n"), `Sequence ${seed}`);
      const world = { ...base, articleId };
      for (let step = 0; step < 40; step += 1) {
        // Marking claims is weighted up, so later actions have claims to act on.
        const name = (random.next() < 0.15 ? "markClaim" : random.pick(names)) as string;
        const outcome = await attempt(actions[name] as Action, random, world);
        tally[name] = tally[name] ?? { done: 0, refused: 0 };
        tally[name][outcome] += 1;
        // After every action, so a later write cannot hide a forgotten sync.
        const stale = await findStaleStatuses({ articleId });
        expect({ seed, step, name, stale }).toEqual({ seed, step, name, stale: [] });
      }
      // And everywhere, once per sequence (a threshold change moves every article).
      expect({ seed, stale: await findStaleStatuses() }).toEqual({ seed, stale: [] });
    }
    // Every kind of action really ran, not only failed.
    for (const name of names)
      expect({ name, done: (tally[name]?.done ?? 0) > 0 }).toEqual({ name, done: true });
    // The sequences reached the states the queues care about.
    const reached = new Set((await db.claim.findMany({ select: { status: true } })).map((c) => c.status));
    expect(reached).toEqual(
      new Set(["needs_verdict", "in_review", "changes_requested", "disputed", "approved", "dismissed"]),
    );
  }, 300_000);

  it("after all that, the indexed queues hold exactly what the rules pick, and the header counts them (up to its cap)", async () => {
    for (const user of base.users) {
      const work = await getMyWork({ user, limit: 10_000 });
      const expected = await expectedQueues(user);
      const ids = (queue: { items: Array<{ claimId: string }> } | undefined) =>
        queue?.items.map((item) => item.claimId).sort();
      expect({
        user: user.email,
        awaitingReview: ids(work.review?.awaitingReview),
        changesRequested: ids(work.review?.changesRequested),
        drafts: ids(work.review?.drafts),
        needsVerdict: ids(work.editing?.needsVerdict),
        disputed: ids(work.editing?.disputed),
        readyToPublish: work.editing?.readyToPublish.items.map((item) => item.articleId).sort(),
      }).toEqual({ user: user.email, ...expected });
      const actionItems =
        (work.review
          ? work.review.awaitingReview.items.length + work.review.changesRequested.items.length
          : 0) +
        (work.editing
          ? work.editing.needsVerdict.items.length +
            work.editing.disputed.items.length +
            work.editing.readyToPublish.items.length
          : 0);
      expect({ user: user.email, count: await countMyWork({ user }) }).toEqual({
        user: user.email,
        count: work.review || work.editing ? Math.min(myWorkCountCap, actionItems) : null,
      });
    }
  });
});
