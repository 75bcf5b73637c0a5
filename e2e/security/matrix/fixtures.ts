import { randomUUID } from "node:crypto";
import type { Role } from "../../../lib/auth/roles";
import type { Tx } from "../../../lib/db/client";
import type { DemoRole } from "../../support/demo";
import { demoUser } from "../../support/demo";

/**
 * Fixtures for the matrix, written with the Prisma client inside the
 * transaction the runner opens for each row (one commit per row instead of
 * one per write). Every cell gets its own, so an allowed write in one cell
 * never changes what another cell acts on.
 */
export async function database() {
  if (!process.env.E2E_DATA_DIR)
    throw new Error("Run e2e tests with `npm run test:e2e`: the matrix needs E2E_DATA_DIR.");
  const { db } = await import("../../../lib/db/client");
  return db;
}

export const ARTICLE_PARAGRAPHS = [
  "The council built 300 new homes last year, the mayor said.",
  "Unemployment fell to 4 percent in May, according to the statistics office.",
];
export const ARTICLE_TEXT = ARTICLE_PARAGRAPHS.join("\n\n");
const QUOTES = ["built 300 new homes", "Unemployment fell to 4 percent"];
export const SOURCE = { url: "https://stats.example.org/matrix", title: "Matrix statistics" };

/** What read-only rows look at, and what every row may need. */
export interface SharedFixture {
  articleId: string;
  claimId: string;
  verdictId: string;
  /** An account nobody signs in as: "someone else". */
  otherUserId: string;
  ratings: Record<string, string>;
  /** The password of every fresh account (hashed once: argon2 is slow on purpose). */
  password: string;
  passwordHash: string;
}

export async function createSharedFixture(): Promise<SharedFixture> {
  const db = await database();
  const { hashPassword } = await import("../../../lib/auth/password");
  const password = `harbour ${randomUUID()} lanterns`;
  const passwordHash = await hashPassword(password);
  const ratings = Object.fromEntries((await db.rating.findMany()).map((r) => [r.key, r.id]));
  const demo = await demoIds();
  return db.$transaction(async (tx) => {
    const other = await createUser(tx, { role: "viewer", passwordHash, unique: randomUUID().slice(0, 8) });
    const article = await createArticle(tx, { editorId: demo.editor, claims: 1, unique: "shared" });
    const verdict = await createVerdict(tx, {
      claimId: article.claimIds[0]!,
      authorId: demo.reviewer,
      ratingId: ratings.true!,
    });
    return {
      articleId: article.id,
      claimId: article.claimIds[0]!,
      verdictId: verdict.id,
      otherUserId: other.id,
      ratings,
      password,
      passwordHash,
    };
  });
}

export async function demoIds(): Promise<Record<DemoRole, string>> {
  const db = await database();
  const keys: DemoRole[] = ["admin", "editor", "reviewer", "reviewer2", "viewer"];
  const users = await db.user.findMany({ where: { email: { in: keys.map((k) => demoUser(k).email) } } });
  return Object.fromEntries(
    keys.map((key) => [key, users.find((u) => u.email === demoUser(key).email)!.id]),
  ) as Record<DemoRole, string>;
}

/** An article with up to two claims (no verdicts), as an editor imported it. */
export async function createArticle(tx: Tx, options: { editorId: string; claims?: number; unique: string }) {
  const { insertArticle } = await import("../../../lib/data/articles/insert-article");
  const { describeQuote } = await import("../../../lib/anchoring/text-quote");
  const article = await insertArticle(
    tx,
    {
      title: `Matrix ${options.unique}`,
      byline: null,
      dateline: null,
      publishedAt: null,
      sourceUrl: null,
      text: ARTICLE_TEXT,
    },
    options.editorId,
  );
  const claimIds: string[] = [];
  for (const quote of QUOTES.slice(0, options.claims ?? 0)) {
    const claim = await tx.claim.create({
      data: {
        articleId: article.id,
        anchoredRevision: 1,
        ...describeQuote(ARTICLE_TEXT, quote)!,
        statement: quote,
        createdById: options.editorId,
      },
    });
    claimIds.push(claim.id);
  }
  await syncFixtureStatuses(tx, { articleIds: [article.id] });
  return { id: article.id, updatedAt: article.updatedAt, claimIds };
}

/** A verdict with one revision citing one source: submitted, or a draft. */
export async function createVerdict(
  tx: Tx,
  options: { claimId: string; authorId: string; ratingId: string; submitted?: boolean },
) {
  const submitted = options.submitted ?? true;
  const verdict = await tx.verdict.create({
    data: { claimId: options.claimId, authorId: options.authorId, state: submitted ? "submitted" : "draft" },
  });
  await addRevision(tx, { verdictId: verdict.id, version: 1, ...options, submitted });
  return verdict;
}

/** Another revision of a verdict, written by `authorId`, which becomes the one under review. */
export async function addRevision(
  tx: Tx,
  options: { verdictId: string; version: number; authorId: string; ratingId: string; submitted?: boolean },
) {
  await tx.verdictRevision.create({
    data: {
      verdictId: options.verdictId,
      version: options.version,
      ratingId: options.ratingId,
      summary: `Matrix verdict, revision ${options.version}.`,
      authorId: options.authorId,
      submittedAt: options.submitted === false ? null : new Date(),
      sources: {
        create: {
          position: 0,
          accessedAt: new Date("2026-01-05T00:00:00Z"),
          source: { connectOrCreate: { where: { url: SOURCE.url }, create: SOURCE } },
        },
      },
    },
  });
  const verdict = await tx.verdict.update({
    where: { id: options.verdictId },
    data: options.version > 1 ? { currentVersion: options.version, lockVersion: { increment: 1 } } : {},
  });
  await syncFixtureStatuses(tx, { claimIds: [verdict.claimId] });
}

/** Fixtures write rows directly: bring the stored statuses in line, as every app write does. */
async function syncFixtureStatuses(tx: Tx, targets: { claimIds?: string[]; articleIds?: string[] }) {
  const { syncStatuses } = await import("../../../lib/data/statuses/sync-statuses");
  await syncStatuses(tx, targets);
}

export async function createUser(tx: Tx, options: { role: Role; passwordHash: string; unique: string }) {
  return tx.user.create({
    data: {
      email: `matrix-${options.unique}@example.org`,
      name: `Matrix ${options.role} ${options.unique}`,
      role: options.role,
      passwordHash: options.passwordHash,
    },
  });
}

export async function createToken(tx: Tx, userId: string) {
  const { generateApiToken } = await import("../../../lib/auth/api-token-secret");
  const { token, tokenHash } = generateApiToken();
  const created = await tx.apiToken.create({ data: { userId, name: "Matrix fixture", tokenHash } });
  return { id: created.id, secret: token };
}

/** A retired rating: the admin rows change it without touching the scale verdicts use. */
export async function createRetiredRating(tx: Tx, unique: string) {
  const last = await tx.rating.aggregate({ _max: { position: true } });
  return tx.rating.create({
    data: {
      key: `matrix-${unique}`,
      label: `Matrix ${unique}`,
      color: "#1d4ed8",
      shortCode: "MX",
      definition: "A rating the permission matrix made.",
      value: null,
      position: (last._max.position ?? 0) + 1,
      retiredAt: new Date(),
    },
  });
}

export async function createAccountLink(
  tx: Tx,
  link: {
    purpose: "invite" | "password_reset" | "setup";
    email?: string;
    name?: string;
    role?: Role;
    userId?: string;
    createdById?: string;
  },
) {
  const { createAccountLink: create } = await import("../../../lib/data/account-links/create-account-link");
  return create(tx, link);
}

/** A pending invitation an admin sent: a single-use link for a new viewer. */
export function createInvitation(tx: Tx, options: { unique: string; createdById: string }) {
  return createAccountLink(tx, {
    purpose: "invite",
    email: `matrix-invited-${options.unique}@example.org`,
    name: `Invited ${options.unique}`,
    role: "viewer",
    createdById: options.createdById,
  });
}
