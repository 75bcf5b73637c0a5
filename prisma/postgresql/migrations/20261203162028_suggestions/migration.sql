-- AlterTable
ALTER TABLE "ArticleRevision" ADD COLUMN     "sentenceScores" TEXT;

-- CreateTable
CREATE TABLE "SuggestionRejection" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "rejectedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionRejection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SuggestionRejection_articleId_revision_start_end_key" ON "SuggestionRejection"("articleId", "revision", "start", "end");

-- AddForeignKey
ALTER TABLE "SuggestionRejection" ADD CONSTRAINT "SuggestionRejection_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionRejection" ADD CONSTRAINT "SuggestionRejection_rejectedById_fkey" FOREIGN KEY ("rejectedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

