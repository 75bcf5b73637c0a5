-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'unchecked';

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'needs_verdict';

-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN     "changesRequested" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "VerdictRevision" ADD COLUMN     "current" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "LiveEvent" (
    "seq" SERIAL NOT NULL,
    "auditEventId" TEXT NOT NULL,
    "articleId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveEvent_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "Presence" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Presence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "tokens" DOUBLE PRECISION NOT NULL,
    "refilledAt" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "LiveEvent_auditEventId_key" ON "LiveEvent"("auditEventId");

-- CreateIndex
CREATE INDEX "LiveEvent_articleId_seq_idx" ON "LiveEvent"("articleId", "seq");

-- CreateIndex
CREATE INDEX "LiveEvent_at_idx" ON "LiveEvent"("at");

-- CreateIndex
CREATE INDEX "Presence_articleId_lastSeenAt_idx" ON "Presence"("articleId", "lastSeenAt");

-- CreateIndex
CREATE INDEX "Article_status_createdAt_idx" ON "Article"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Claim_articleId_status_idx" ON "Claim"("articleId", "status");

-- CreateIndex
CREATE INDEX "Claim_status_createdAt_idx" ON "Claim"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Verdict_state_claimId_idx" ON "Verdict"("state", "claimId");

-- CreateIndex
CREATE INDEX "Verdict_authorId_state_idx" ON "Verdict"("authorId", "state");

-- CreateIndex
CREATE INDEX "VerdictRevision_authorId_verdictId_idx" ON "VerdictRevision"("authorId", "verdictId");

-- CreateIndex
CREATE INDEX "VerdictRevision_verdictId_current_idx" ON "VerdictRevision"("verdictId", "current");

-- CreateIndex
CREATE INDEX "Review_reviewerId_verdictRevisionId_idx" ON "Review"("reviewerId", "verdictRevisionId");

-- AddForeignKey
ALTER TABLE "LiveEvent" ADD CONSTRAINT "LiveEvent_auditEventId_fkey" FOREIGN KEY ("auditEventId") REFERENCES "AuditEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Presence" ADD CONSTRAINT "Presence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Backfill: mark each verdict's current revision. Stored statuses and
-- Verdict.changesRequested follow rules in TypeScript and are derived on
-- start by the seed (prisma/seed/derived-status.ts).
UPDATE "VerdictRevision" SET "current" = true
WHERE "version" = (SELECT "currentVersion" FROM "Verdict" WHERE "Verdict"."id" = "VerdictRevision"."verdictId");
