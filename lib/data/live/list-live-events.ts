import { parseAuditData } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db/client";

/** A live event as the hub shapes and filters it: the audit event, who did it, and what it was about. */
export interface LiveEventRecord {
  seq: number;
  at: Date;
  articleId: string | null;
  articleTitle: string | null;
  action: string;
  actorId: string | null;
  actorName: string | null;
  claimId: string | null;
  /** The claim's statement, or the deleted claim's from the audit snapshot. */
  claimStatement: string | null;
  data: Record<string, unknown>;
}

/** At most this many rows per read: a hub or a replay pages through more. */
export const LIVE_PAGE_SIZE = 200;

/**
 * Live events numbered after `afterSeq`, oldest first, optionally for one
 * article. Read inside a transaction on purpose: on SQLite every query
 * shares one connection, and only a transaction waits for a writer's open
 * transaction to finish, so the hub never sees (and announces) a row that
 * is about to be rolled back.
 */
export async function listLiveEventsAfter(
  afterSeq: number,
  options: { articleId?: string; limit?: number } = {},
): Promise<LiveEventRecord[]> {
  const rows = await db.$transaction((tx) =>
    tx.liveEvent.findMany({
      where: { seq: { gt: afterSeq }, ...(options.articleId ? { articleId: options.articleId } : {}) },
      orderBy: { seq: "asc" },
      take: options.limit ?? LIVE_PAGE_SIZE,
      include: { auditEvent: { include: { actor: { select: { name: true } } } } },
    }),
  );
  const claimIds = [
    ...new Set(rows.flatMap((row) => (row.auditEvent.claimId ? [row.auditEvent.claimId] : []))),
  ];
  const claims = claimIds.length
    ? await db.claim.findMany({ where: { id: { in: claimIds } }, select: { id: true, statement: true } })
    : [];
  const statements = new Map(claims.map((claim) => [claim.id, claim.statement]));
  const articleIds = [...new Set(rows.flatMap((row) => (row.articleId ? [row.articleId] : [])))];
  const articles = articleIds.length
    ? await db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, title: true } })
    : [];
  const titles = new Map(articles.map((article) => [article.id, article.title]));
  return rows.map(({ seq, at, articleId, auditEvent }) => {
    const data = parseAuditData(auditEvent.data);
    return {
      seq,
      at,
      articleId,
      articleTitle: (articleId && titles.get(articleId)) || null,
      action: auditEvent.action,
      actorId: auditEvent.actorId,
      actorName: auditEvent.actor?.name ?? null,
      claimId: auditEvent.claimId,
      claimStatement: (auditEvent.claimId && statements.get(auditEvent.claimId)) || deletedStatement(data),
      data,
    };
  });
}

/** The newest live event's number (0 when there is none): where a fresh hub starts. */
export async function latestLiveSeq(): Promise<number> {
  const last = await db.liveEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
  return last?.seq ?? 0;
}

/** Deletes live events older than `before`; the audit trail keeps the events themselves. */
export async function pruneLiveEvents(before: Date): Promise<number> {
  const { count } = await db.liveEvent.deleteMany({ where: { at: { lt: before } } });
  return count;
}

/** A claim.deleted event keeps the claim's fields in its data. */
function deletedStatement(data: Record<string, unknown>): string | null {
  const claim = data.claim;
  if (!claim || typeof claim !== "object") return null;
  const statement = (claim as Record<string, unknown>).statement;
  return typeof statement === "string" ? statement : null;
}
