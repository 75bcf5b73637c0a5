/**
 * What a write interrupted halfway would leave behind, as queries that count
 * the offending rows: each must return 0 on a sound database. The same SQL
 * runs on SQLite and PostgreSQL. Used after restoring a backup taken during
 * writes and after killing the server mid-burst (e2e/crash).
 */
export const halfWrittenChecks: ReadonlyArray<{ name: string; sql: string }> = [
  {
    name: "an article without its current text revision",
    sql: `SELECT COUNT(*) AS n FROM "Article" a WHERE NOT EXISTS (SELECT 1 FROM "ArticleRevision" r WHERE r."articleId" = a."id" AND r."number" = a."revision")`,
  },
  {
    name: "a text revision newer than its article",
    sql: `SELECT COUNT(*) AS n FROM "ArticleRevision" r JOIN "Article" a ON a."id" = r."articleId" WHERE r."number" > a."revision"`,
  },
  {
    name: "a verdict without the revision it names",
    sql: `SELECT COUNT(*) AS n FROM "Verdict" v WHERE NOT EXISTS (SELECT 1 FROM "VerdictRevision" r WHERE r."verdictId" = v."id" AND r."version" = v."currentVersion")`,
  },
  {
    name: "a claim that is neither validly anchored nor orphaned",
    sql: `SELECT COUNT(*) AS n FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" WHERE c."anchorState" NOT IN ('anchored', 'orphaned') OR c."anchoredRevision" > a."revision" OR (c."anchorState" = 'anchored' AND (c."start" < 0 OR c."end" <= c."start" OR NOT EXISTS (SELECT 1 FROM "ArticleRevision" r WHERE r."articleId" = c."articleId" AND r."number" = c."anchoredRevision" AND SUBSTR(r."text", c."start" + 1, c."end" - c."start") = c."exact")))`,
  },
  {
    name: "a claim without its audit event",
    sql: `SELECT COUNT(*) AS n FROM "Claim" c WHERE NOT EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e."entityId" = c."id" AND e."action" = 'claim.marked')`,
  },
  {
    name: "a verdict without its audit event",
    sql: `SELECT COUNT(*) AS n FROM "Verdict" v WHERE NOT EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e."entityId" = v."id" AND e."action" = 'verdict.drafted')`,
  },
  {
    name: "a review without its audit event",
    sql: `SELECT COUNT(*) AS n FROM "Review" r WHERE NOT EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e."entityId" = r."id" AND e."action" LIKE 'review.%')`,
  },
  {
    name: "a comment without its audit event",
    sql: `SELECT COUNT(*) AS n FROM "Comment" c WHERE NOT EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e."entityId" = c."id" AND e."action" = 'comment.added')`,
  },
  {
    name: "a claim still waiting for a verdict although one was submitted",
    sql: `SELECT COUNT(*) AS n FROM "Claim" c WHERE c."status" = 'needs_verdict' AND EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = c."id" AND v."state" = 'submitted')`,
  },
];
