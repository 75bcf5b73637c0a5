-- CreateTable
CREATE TABLE "LiveEvent" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "auditEventId" TEXT NOT NULL,
    "articleId" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LiveEvent_auditEventId_fkey" FOREIGN KEY ("auditEventId") REFERENCES "AuditEvent" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Presence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "lastSeenAt" DATETIME NOT NULL,
    CONSTRAINT "Presence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "tokens" REAL NOT NULL,
    "refilledAt" REAL NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "byline" TEXT,
    "dateline" TEXT,
    "publishedAt" DATETIME,
    "sourceUrl" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'unchecked',
    CONSTRAINT "Article_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("byline", "createdAt", "createdById", "dateline", "id", "publishedAt", "revision", "sourceUrl", "title", "updatedAt", "version") SELECT "byline", "createdAt", "createdById", "dateline", "id", "publishedAt", "revision", "sourceUrl", "title", "updatedAt", "version" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE INDEX "Article_sourceUrl_idx" ON "Article"("sourceUrl");
CREATE INDEX "Article_createdAt_idx" ON "Article"("createdAt");
CREATE INDEX "Article_status_createdAt_idx" ON "Article"("status", "createdAt");
CREATE TABLE "new_Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "anchoredRevision" INTEGER NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL DEFAULT '',
    "suffix" TEXT NOT NULL DEFAULT '',
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "anchorState" TEXT NOT NULL DEFAULT 'anchored',
    "statement" TEXT NOT NULL,
    "claimant" TEXT,
    "type" TEXT NOT NULL DEFAULT 'other',
    "dismissedAt" DATETIME,
    "dismissedReason" TEXT,
    "dismissedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'needs_verdict',
    CONSTRAINT "Claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Claim_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Claim" ("anchorState", "anchoredRevision", "articleId", "claimant", "createdAt", "createdById", "dismissedAt", "dismissedById", "dismissedReason", "end", "exact", "id", "prefix", "start", "statement", "suffix", "type", "updatedAt", "version") SELECT "anchorState", "anchoredRevision", "articleId", "claimant", "createdAt", "createdById", "dismissedAt", "dismissedById", "dismissedReason", "end", "exact", "id", "prefix", "start", "statement", "suffix", "type", "updatedAt", "version" FROM "Claim";
DROP TABLE "Claim";
ALTER TABLE "new_Claim" RENAME TO "Claim";
CREATE INDEX "Claim_articleId_start_idx" ON "Claim"("articleId", "start");
CREATE INDEX "Claim_articleId_status_idx" ON "Claim"("articleId", "status");
CREATE INDEX "Claim_status_createdAt_idx" ON "Claim"("status", "createdAt");
CREATE TABLE "new_Verdict" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'draft',
    "currentVersion" INTEGER NOT NULL DEFAULT 1,
    "closedReason" TEXT,
    "closedAt" DATETIME,
    "lockVersion" INTEGER NOT NULL DEFAULT 1,
    "changesRequested" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Verdict_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Verdict_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Verdict" ("authorId", "claimId", "closedAt", "closedReason", "createdAt", "currentVersion", "id", "lockVersion", "state", "updatedAt") SELECT "authorId", "claimId", "closedAt", "closedReason", "createdAt", "currentVersion", "id", "lockVersion", "state", "updatedAt" FROM "Verdict";
DROP TABLE "Verdict";
ALTER TABLE "new_Verdict" RENAME TO "Verdict";
CREATE INDEX "Verdict_claimId_idx" ON "Verdict"("claimId");
CREATE INDEX "Verdict_state_claimId_idx" ON "Verdict"("state", "claimId");
CREATE INDEX "Verdict_authorId_state_idx" ON "Verdict"("authorId", "state");
CREATE TABLE "new_VerdictRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "verdictId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "ratingId" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "rationale" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT NOT NULL,
    "submittedAt" DATETIME,
    "current" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "VerdictRevision_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VerdictRevision_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "Rating" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "VerdictRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_VerdictRevision" ("authorId", "createdAt", "id", "ratingId", "rationale", "submittedAt", "summary", "verdictId", "version") SELECT "authorId", "createdAt", "id", "ratingId", "rationale", "submittedAt", "summary", "verdictId", "version" FROM "VerdictRevision";
DROP TABLE "VerdictRevision";
ALTER TABLE "new_VerdictRevision" RENAME TO "VerdictRevision";
CREATE INDEX "VerdictRevision_authorId_verdictId_idx" ON "VerdictRevision"("authorId", "verdictId");
CREATE INDEX "VerdictRevision_verdictId_current_idx" ON "VerdictRevision"("verdictId", "current");
CREATE UNIQUE INDEX "VerdictRevision_verdictId_version_key" ON "VerdictRevision"("verdictId", "version");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "LiveEvent_auditEventId_key" ON "LiveEvent"("auditEventId");

-- CreateIndex
CREATE INDEX "LiveEvent_articleId_seq_idx" ON "LiveEvent"("articleId", "seq");

-- CreateIndex
CREATE INDEX "LiveEvent_at_idx" ON "LiveEvent"("at");

-- CreateIndex
CREATE INDEX "Presence_articleId_lastSeenAt_idx" ON "Presence"("articleId", "lastSeenAt");

-- CreateIndex
CREATE INDEX "Review_reviewerId_verdictRevisionId_idx" ON "Review"("reviewerId", "verdictRevisionId");


-- Backfill: mark each verdict's current revision. Stored statuses and
-- Verdict.changesRequested follow rules in TypeScript and are derived on
-- start by the seed (prisma/seed/derived-status.ts).
UPDATE "VerdictRevision" SET "current" = true
WHERE "version" = (SELECT "currentVersion" FROM "Verdict" WHERE "Verdict"."id" = "VerdictRevision"."verdictId");
