import { randomUUID } from "node:crypto";
import { database } from "../../support/fixtures";
import {
  createHostileRatings,
  createHostileSources,
  createHostileUsers,
  type HostileUser,
} from "./hostile-records";
import { joinAll, type Coverage } from "./coverage";
import type { Payload } from "./corpus";

/*
 * The database path: hostile values written straight into the e2e database
 * with Prisma, as if validation had been bypassed (or a future import path
 * forgot it). No length limits, so every text field holds the whole corpus,
 * and URL fields hold javascript:, data: and vbscript: URLs that the API
 * would refuse.
 */

export interface DbFixture {
  articleId: string;
  title: string;
  /** Approved (two), in review, dismissed, and one without a verdict. */
  claimIds: { approved: string; second: string; pending: string; dismissed: string; unverified: string };
  users: HostileUser[];
  ratingIds: string[];
  sourceIds: string[];
  /** Plain-text values as stored, for "shown as text" checks. */
  shown: { title: string; byline: string; dateline: string; everything: string; userNames: string[] };
}

/** Article text paragraphs: one payload each (a blank line inside a payload would split it). */
export const asParagraphs = (payloads: readonly Payload[]) =>
  payloads.map((payload) => payload.text.replaceAll("\n\n", "\n").replace(/\n$/, ""));

export async function createDbFixture(payloads: Payload[], coverage: Coverage): Promise<DbFixture> {
  const db = await database();
  const { toCanonicalText } = await import("../../../lib/article/canonical-text");
  const { describeQuote } = await import("../../../lib/anchoring/text-quote");
  const { insertArticle } = await import("../../../lib/data/articles/insert-article");
  const run = randomUUID().slice(0, 8);
  const all = joinAll(payloads).text;
  const ids = payloads.map((p) => p.id);
  const users = await createHostileUsers(payloads, run, coverage);
  const [alice, bob, carol] = users as [HostileUser, HostileUser, HostileUser];
  const ratings = await createHostileRatings(payloads, run, coverage);
  const sources = await createHostileSources(payloads, run, coverage);
  const rationale = payloads.map((p) => p.text).join("\n\n");
  const text = toCanonicalText([
    "Plain opening paragraph for the hostile article.",
    ...asParagraphs(payloads),
  ]);
  const title = `XSS stored ${run} ${all}`;
  const urlPayload = payloads.find((p) => p.context === "url")!;

  const fixture = await db.$transaction(async (tx) => {
    const article = await insertArticle(
      tx,
      {
        title,
        byline: all,
        dateline: all,
        publishedAt: new Date("2025-04-28T00:00:00Z"),
        sourceUrl: urlPayload.text,
        text,
      },
      carol.id,
    );
    // A second revision with a hostile note, by a hostile editor: the revisions pages show both.
    await tx.articleRevision.create({
      data: { articleId: article.id, number: 2, text, note: all, createdById: carol.id },
    });
    // Dated long ago: queues list the oldest articles first (and cap their length), so its claims lead them.
    await tx.article.update({
      where: { id: article.id },
      data: { revision: 2, createdAt: new Date("2000-01-01T00:00:00Z") },
    });

    const quotes = [1, 47, 59, 68, 72].map((id) => payloads.find((p) => p.id === id)!.text);
    const claimIds: string[] = [];
    for (const [index, quote] of quotes.entries()) {
      const selector = describeQuote(text, quote);
      if (!selector) throw new Error(`Quote not in text: ${quote}`);
      const claim = await tx.claim.create({
        data: {
          articleId: article.id,
          anchoredRevision: 2,
          ...selector,
          statement: `Claim ${index + 1} ${all}`,
          claimant: all,
          createdById: carol.id,
          ...(index === 3 ? { dismissedAt: new Date(), dismissedReason: all, dismissedById: carol.id } : {}),
        },
      });
      claimIds.push(claim.id);
    }
    const [approved, second, pending, dismissed, unverified] = claimIds as [
      string,
      string,
      string,
      string,
      string,
    ];

    const verdict = async (claimId: string, author: HostileUser, ratingId: string, versions: number) => {
      const created = await tx.verdict.create({
        data: { claimId, authorId: author.id, state: "submitted", currentVersion: versions },
      });
      const revisionIds: string[] = [];
      for (let version = 1; version <= versions; version += 1) {
        const revision = await tx.verdictRevision.create({
          data: {
            verdictId: created.id,
            version,
            ratingId,
            summary: `Revision ${version} ${all}`,
            rationale,
            authorId: author.id,
            submittedAt: new Date(Date.now() - (versions - version) * 60_000),
            sources: {
              create: sources.map((source, position) => ({
                sourceId: source.id,
                position,
                excerpt: all,
                accessedAt: new Date("2025-04-29T00:00:00Z"),
              })),
            },
          },
        });
        revisionIds.push(revision.id);
      }
      return { verdictId: created.id, revisionIds };
    };
    const first = await verdict(approved, alice, ratings[0]!.id, 2);
    // Revision 1 sent back, revision 2 approved, both with a hostile comment.
    for (const [index, decision] of (["request_changes", "approve"] as const).entries()) {
      await tx.review.create({
        data: { verdictRevisionId: first.revisionIds[index]!, reviewerId: bob.id, decision, comment: all },
      });
    }
    const other = await verdict(second, bob, ratings[1]!.id, 1);
    await tx.review.create({
      data: { verdictRevisionId: other.revisionIds[0]!, reviewerId: alice.id, decision: "approve" },
    });
    // Waiting for review by alice, so it is in her "My work" queue.
    await verdict(pending, bob, ratings[0]!.id, 1);

    for (const [index, author] of users.entries()) {
      await tx.comment.create({
        data: { claimId: approved, authorId: author.id, body: `Comment ${index + 1} ${all}` },
      });
    }
    // The timeline is built from audit data: hostile reasons, comments, rating labels, even an unknown action name.
    const events: Array<[string, string, Record<string, unknown>]> = [
      ["claim.marked", carol.id, {}],
      ["verdict.drafted", alice.id, { ratingLabel: all }],
      ["review.changes_requested", bob.id, { comment: all, version: 1 }],
      ["claim.dismissed", carol.id, { reason: all }],
      ["claim.orphaned", carol.id, { reason: all }],
      ["verdict.closed", carol.id, { reason: all }],
      ["dispute.resolved", carol.id, { reason: all }],
      [`xss.${all}`, alice.id, {}],
    ];
    for (const [action, actorId, data] of events) {
      await tx.auditEvent.create({
        data: {
          action,
          actorId,
          entityType: "claim",
          entityId: approved,
          articleId: article.id,
          claimId: approved,
          data: JSON.stringify(data),
        },
      });
    }
    const { syncStatuses } = await import("../../../lib/data/statuses/sync-statuses");
    await syncStatuses(tx, { articleIds: [article.id] });
    return { articleId: article.id, claimIds: { approved, second, pending, dismissed, unverified } };
  });

  for (const field of [
    "article.title",
    "article.byline",
    "article.dateline",
    "article.text",
    "article.revisionNote",
    "claim.statement",
    "claim.claimant",
    "claim.dismissalReason",
    "verdict.summary",
    "verdict.rationale",
    "review.comment",
    "comment.body",
    "audit.data",
  ])
    coverage.add("db", field, ids);
  coverage.add("db", "article.sourceUrl", [urlPayload.id]);
  coverage.add("db", "rating.color", [67, 64]);

  return {
    ...fixture,
    title,
    users,
    ratingIds: ratings.map((rating) => rating.id),
    sourceIds: sources.map((source) => source.id),
    shown: { title, byline: all, dateline: all, everything: all, userNames: users.map((user) => user.name) },
  };
}
