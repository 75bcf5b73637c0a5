-- AlterTable
ALTER TABLE "ImportedFactCheck" ADD COLUMN     "headline" TEXT;

-- CreateTable
CREATE TABLE "ClaimMatchSet" (
    "claimId" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "generation" INTEGER NOT NULL,
    "matches" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClaimMatchSet_pkey" PRIMARY KEY ("claimId")
);

-- CreateTable
CREATE TABLE "MatchDismissal" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "dismissedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchDismissal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerdictBasis" (
    "verdictId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "ratingLabel" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "url" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VerdictBasis_pkey" PRIMARY KEY ("verdictId")
);

-- CreateIndex
CREATE UNIQUE INDEX "MatchDismissal_claimId_entryId_key" ON "MatchDismissal"("claimId", "entryId");

-- AddForeignKey
ALTER TABLE "ClaimMatchSet" ADD CONSTRAINT "ClaimMatchSet_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchDismissal" ADD CONSTRAINT "MatchDismissal_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchDismissal" ADD CONSTRAINT "MatchDismissal_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictBasis" ADD CONSTRAINT "VerdictBasis_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict"("id") ON DELETE CASCADE ON UPDATE CASCADE;

