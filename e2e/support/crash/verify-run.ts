import { halfWrittenChecks } from "../../../lib/data/testing/half-written";
import type { Ack, Ledger, WriteKind } from "./burst";
import type { CrashDatabase } from "./crash-database";

/** What one crash run found after the restart; it lost nothing when every list is empty. */
export interface RunResult {
  run: number;
  provider: string;
  killAfter: number;
  acked: number;
  inFlight: number;
  /** In-flight writes that turned out to have committed (allowed: the client never heard back). */
  committedUnacknowledged: number;
  lost: string[];
  halfWritten: string[];
  missingAudit: string[];
  unexplainedAudit: string[];
  refused: string[];
  integrity: string[];
}

export const lostNothing = (result: RunResult) =>
  [
    result.lost,
    result.halfWritten,
    result.missingAudit,
    result.unexplainedAudit,
    result.refused,
    result.integrity,
  ].every((list) => list.length === 0);

/** The audit actions each kind of write records (lib/data/*), all in the write's own transaction. */
const auditOf: Record<WriteKind, string[]> = {
  article: ["article.imported"],
  claim: ["claim.marked"],
  verdict: ["verdict.drafted", "verdict.submitted"],
  review: ["review.approved"],
  comment: ["comment.added"],
  revision: ["article.revised"],
};

/** The table that holds each kind's row, to check an audited write really happened. */
const tableOf: Record<Exclude<WriteKind, "revision">, string> = {
  article: "Article",
  claim: "Claim",
  verdict: "Verdict",
  review: "Review",
  comment: "Comment",
};

const quote = (values: Iterable<string>) =>
  [...values].map((value) => `'${value.replace(/'/g, "''")}'`).join(", ") || "''";

interface AuditRow {
  action: string;
  entityId: string;
  data: string;
}

/** A write as the audit trail names it: "claim c123", "revision a456#3". */
const writeKey = (kind: WriteKind, id: string, revision?: number) =>
  kind === "revision" ? `revision ${id}#${revision}` : `${kind} ${id}`;
const keyOfAck = (ack: Ack) => writeKey(ack.kind, ack.id, ack.revision);

/**
 * Checks the restarted server's database against what the burst's clients
 * saw: every acknowledged write is there with its audit events; every audit
 * event of the run belongs to a write that is there, and the writes nobody
 * acknowledged number at most the requests that were in flight; no
 * half-written rows; the database's own integrity checks pass.
 */
export async function verifyRun(
  database: CrashDatabase,
  ledger: Ledger,
  context: { run: number; runName: string; killAfter: number },
): Promise<RunResult> {
  const articles = await database.query<{ id: string }>(
    `SELECT "id" FROM "Article" WHERE "title" LIKE 'Crash ${context.runName}-%'`,
  );
  const articleIds = articles.map((row) => row.id);

  // Every acknowledged write is present.
  const present = new Set<string>();
  for (const [kind, table] of Object.entries(tableOf) as Array<[Exclude<WriteKind, "revision">, string]>) {
    const ids = ledger.acked.filter((ack) => ack.kind === kind).map((ack) => ack.id);
    const rows = await database.query<{ id: string }>(
      `SELECT "id" FROM "${table}" WHERE "id" IN (${quote(ids)})`,
    );
    for (const row of rows) present.add(writeKey(kind, row.id));
  }
  const revisions = await database.query<{ articleId: string; number: number }>(
    `SELECT "articleId", "number" FROM "ArticleRevision" WHERE "articleId" IN (${quote(articleIds)})`,
  );
  for (const row of revisions) present.add(writeKey("revision", row.articleId, Number(row.number)));
  const lost = ledger.acked.map(keyOfAck).filter((key) => !present.has(key));

  // Audit: each acknowledged write has its events; each event a write that exists.
  const events = await database.query<AuditRow>(
    `SELECT "action", "entityId", "data" FROM "AuditEvent" WHERE "articleId" IN (${quote(articleIds)})`,
  );
  const eventsByWrite = new Map<string, Set<string>>();
  const unexplainedAudit: string[] = [];
  const kindOfAction = new Map(
    Object.entries(auditOf).flatMap(([kind, actions]) =>
      actions.map((action) => [action, kind as WriteKind]),
    ),
  );
  for (const event of events) {
    const kind = kindOfAction.get(event.action);
    if (!kind) {
      unexplainedAudit.push(`${event.action} ${event.entityId}: not an action the burst causes`);
      continue;
    }
    const revision =
      kind === "revision" ? (JSON.parse(event.data) as { revision: number }).revision : undefined;
    const key = writeKey(kind, event.entityId, revision);
    eventsByWrite.set(key, (eventsByWrite.get(key) ?? new Set()).add(event.action));
  }
  const missingAudit = ledger.acked.flatMap((ack) =>
    auditOf[ack.kind]
      .filter((action) => !eventsByWrite.get(keyOfAck(ack))?.has(action))
      .map((action) => `${keyOfAck(ack)}: no ${action}`),
  );
  const ackedKeys = new Set(ledger.acked.map(keyOfAck));
  const unacknowledged = [...eventsByWrite.keys()].filter((key) => !ackedKeys.has(key));
  const existing = new Set(present);
  for (const key of unacknowledged) {
    const [kind, id] = key.split(" ") as [WriteKind, string];
    if (kind === "revision") continue; // checked against the revisions read above
    const rows = await database.query(`SELECT 1 FROM "${tableOf[kind]}" WHERE "id" = ${quote([id])}`);
    if (rows.length > 0) existing.add(key);
  }
  for (const key of unacknowledged) {
    if (!existing.has(key)) unexplainedAudit.push(`${key}: audited, but the write is not there`);
  }
  if (unacknowledged.length > ledger.inFlight.length)
    unexplainedAudit.push(
      `${unacknowledged.length} writes committed without an answer, but only ${ledger.inFlight.length} were in flight: ${unacknowledged.join(", ")}`,
    );

  // Half-written rows, anywhere in the database.
  const halfWritten: string[] = [];
  for (const { name, sql } of halfWrittenChecks) {
    const [row] = await database.query<Record<string, unknown>>(sql);
    const count = Number(Object.values(row ?? {})[0]);
    if (count !== 0) halfWritten.push(`${count} × ${name}`);
  }

  return {
    run: context.run,
    provider: database.provider,
    killAfter: context.killAfter,
    acked: ledger.acked.length,
    inFlight: ledger.inFlight.length,
    committedUnacknowledged: unacknowledged.length,
    lost,
    halfWritten,
    missingAudit,
    unexplainedAudit,
    refused: ledger.refused.map((refusal) => `${refusal.kind}: ${refusal.status} ${refusal.body}`),
    integrity: await database.integrityProblems(),
  };
}
