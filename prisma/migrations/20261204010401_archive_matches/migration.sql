-- AlterTable
ALTER TABLE "ImportedFactCheck" ADD COLUMN "headline" TEXT;

-- CreateTable
CREATE TABLE "ClaimMatchSet" (
    "claimId" TEXT NOT NULL PRIMARY KEY,
    "statement" TEXT NOT NULL,
    "generation" INTEGER NOT NULL,
    "matches" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ClaimMatchSet_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MatchDismissal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "dismissedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MatchDismissal_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MatchDismissal_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VerdictBasis" (
    "verdictId" TEXT NOT NULL PRIMARY KEY,
    "entryId" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "ratingLabel" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "url" TEXT,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "VerdictBasis_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "MatchDismissal_claimId_entryId_key" ON "MatchDismissal"("claimId", "entryId");

