import { readFileSync } from "node:fs";
import { describeQuote } from "@/lib/anchoring/text-quote";
import { toCanonicalText } from "@/lib/article/canonical-text";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { insertArticle } from "@/lib/data/articles/insert-article";
import { syncStatuses } from "@/lib/data/statuses/sync-statuses";
import type { Db, Tx } from "@/lib/db/client";
import { parsePlainArticle } from "@/lib/import/parse-plain-article";
import { defaultRatings } from "@/lib/review/default-ratings";
import { demoClaims, type DemoClaim, type DemoUserKey, type DemoVerdict } from "./demo-claims";
import { demoUsers } from "@/lib/auth/demo-accounts";

const SAMPLE = new URL("./articles/upi-2025-04-28-north-korea-troops-kursk.txt", import.meta.url);
const DEMO_MARKER = "demoSeededAt";

type UserIds = Record<DemoUserKey, string>;

/**
 * What every database needs, demo or not: the default rating scale.
 * Ratings are created only when missing, so renamed ones survive restarts.
 */
export async function seedDefaults(db: Db): Promise<void> {
  for (const [position, rating] of defaultRatings.entries()) {
    await db.rating.upsert({ where: { key: rating.key }, update: {}, create: { ...rating, position } });
  }
}

/**
 * The demo: five accounts with published passwords and the sample article
 * with its claims. Only on request (DEMO=1, `npm run demo`); a production
 * server refuses to start while the demo accounts exist without it.
 * Idempotent: users are created only when missing (never overwritten, so
 * changed passwords survive restarts), and the demo article is created
 * once, recorded by a setting, so deleting it later does not bring it back.
 */
export async function seedDemo(db: Db): Promise<{ createdUsers: number; seededArticle: boolean }> {
  const before = await db.user.count();
  await seedDefaults(db);
  const userIds = await ensureUsers(db);
  const seededArticle = await db.$transaction(async (tx) => {
    if (await tx.setting.findUnique({ where: { key: DEMO_MARKER } })) return false;
    await seedArticle(tx, userIds);
    await tx.setting.create({ data: { key: DEMO_MARKER, value: JSON.stringify(new Date().toISOString()) } });
    return true;
  });
  return { createdUsers: (await db.user.count()) - before, seededArticle };
}

async function ensureUsers(db: Db): Promise<UserIds> {
  const ids: Partial<UserIds> = {};
  for (const demo of demoUsers) {
    const existing = await db.user.findUnique({ where: { email: demo.email } });
    const user =
      existing ??
      (await db.user.create({
        data: {
          email: demo.email,
          name: demo.name,
          role: demo.role,
          passwordHash: await hashPassword(demo.password),
        },
      }));
    ids[demo.key as DemoUserKey] = user.id;
  }
  return ids as UserIds;
}

async function seedArticle(tx: Tx, users: UserIds): Promise<void> {
  const parsed = parsePlainArticle(readFileSync(SAMPLE, "utf8"));
  const text = toCanonicalText(parsed.paragraphs);
  const article = await insertArticle(
    tx,
    {
      title: parsed.title,
      byline: parsed.byline,
      dateline: parsed.dateline,
      publishedAt: parsed.publishedAt ? new Date(`${parsed.publishedAt}T00:00:00Z`) : null,
      sourceUrl: null,
      text,
    },
    users.editor,
  );
  const ratingIds = new Map((await tx.rating.findMany()).map((r) => [r.key, r.id]));
  let clock = Date.UTC(2025, 3, 28, 9, 0);
  const tick = () => new Date((clock += 7 * 60_000));

  for (const demo of demoClaims) {
    const selector = describeQuote(text, demo.quote);
    if (!selector) throw new Error(`Demo quote not found in the sample article: "${demo.quote}"`);
    const at = tick();
    const claim = await tx.claim.create({
      data: {
        articleId: article.id,
        anchoredRevision: 1,
        ...selector,
        statement: demo.statement,
        claimant: demo.claimant,
        type: demo.type,
        createdById: users.editor,
        createdAt: at,
        ...dismissal(demo, users, at),
      },
    });
    const context = { articleId: article.id, claimId: claim.id };
    await recordAudit(tx, {
      action: "claim.marked",
      actorId: users.editor,
      entityType: "claim",
      entityId: claim.id,
      ...context,
      at,
      data: { exact: selector.exact },
    });
    if (demo.dismissedReason) {
      await recordAudit(tx, {
        action: "claim.dismissed",
        actorId: users.editor,
        entityType: "claim",
        entityId: claim.id,
        ...context,
        at,
        data: { reason: demo.dismissedReason },
      });
    }
    for (const verdict of demo.verdicts ?? []) {
      await seedVerdict(tx, { claimId: claim.id, articleId: article.id, verdict, users, ratingIds, tick });
    }
  }
  // Written straight to the tables above, so the stored statuses are derived once at the end.
  await syncStatuses(tx, { articleIds: [article.id] });
}

function dismissal(demo: DemoClaim, users: UserIds, at: Date) {
  return demo.dismissedReason
    ? { dismissedAt: at, dismissedReason: demo.dismissedReason, dismissedById: users.editor }
    : {};
}

async function seedVerdict(
  tx: Tx,
  args: {
    claimId: string;
    articleId: string;
    verdict: DemoVerdict;
    users: UserIds;
    ratingIds: Map<string, string>;
    tick: () => Date;
  },
): Promise<void> {
  const { claimId, articleId, verdict, users, ratingIds, tick } = args;
  const ratingId = ratingIds.get(verdict.rating);
  if (!ratingId) throw new Error(`Unknown demo rating "${verdict.rating}"`);
  const authorId = users[verdict.author];
  const at = tick();
  const created = await tx.verdict.create({
    data: {
      claimId,
      authorId,
      state: verdict.submitted ? "submitted" : "draft",
      createdAt: at,
      revisions: {
        create: {
          version: 1,
          ratingId,
          summary: verdict.summary,
          rationale: verdict.rationale,
          authorId,
          createdAt: at,
          submittedAt: verdict.submitted ? at : null,
          sources: {
            create: await Promise.all(
              verdict.sources.map(async ({ excerpt, ...source }, position) => ({
                position,
                excerpt: excerpt ?? null,
                accessedAt: at,
                source: { connect: { id: (await upsertSource(tx, source)).id } },
              })),
            ),
          },
        },
      },
    },
    include: { revisions: true },
  });
  const context = { articleId, claimId };
  await recordAudit(tx, {
    action: "verdict.drafted",
    actorId: authorId,
    entityType: "verdict",
    entityId: created.id,
    ...context,
    at,
    data: {
      rating: verdict.rating,
      ratingLabel: defaultRatings.find((r) => r.key === verdict.rating)?.label,
    },
  });
  if (verdict.submitted) {
    await recordAudit(tx, {
      action: "verdict.submitted",
      actorId: authorId,
      entityType: "verdict",
      entityId: created.id,
      ...context,
      at,
      data: { version: 1 },
    });
  }
  const revision = created.revisions[0];
  for (const review of verdict.reviews ?? []) {
    if (!revision) break;
    const reviewedAt = tick();
    const row = await tx.review.create({
      data: {
        verdictRevisionId: revision.id,
        reviewerId: users[review.reviewer],
        decision: review.decision,
        comment: review.comment ?? null,
        createdAt: reviewedAt,
      },
    });
    await recordAudit(tx, {
      action: review.decision === "approve" ? "review.approved" : "review.changes_requested",
      actorId: users[review.reviewer],
      entityType: "review",
      entityId: row.id,
      ...context,
      at: reviewedAt,
      data: { verdictId: created.id, version: 1, comment: review.comment },
    });
  }
}

function upsertSource(tx: Tx, source: Omit<DemoVerdict["sources"][number], "excerpt">) {
  return tx.source.upsert({
    where: { url: source.url },
    update: {},
    create: {
      url: source.url,
      title: source.title,
      publisher: source.publisher,
      archiveUrl: source.archiveUrl ?? null,
    },
  });
}
