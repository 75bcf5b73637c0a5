-- CreateTable
CREATE TABLE "ImportedFactCheck" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "claimReviewed" TEXT NOT NULL,
    "ratingName" TEXT NOT NULL,
    "ratingValue" DOUBLE PRECISION,
    "bestRating" DOUBLE PRECISION,
    "worstRating" DOUBLE PRECISION,
    "publisherName" TEXT NOT NULL,
    "publisherUrl" TEXT,
    "claimant" TEXT,
    "datePublished" TIMESTAMP(3),
    "appearanceUrl" TEXT,
    "importedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportedFactCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArchiveGeneration" (
    "id" INTEGER NOT NULL,
    "generation" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ArchiveGeneration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ImportedFactCheck_url_key" ON "ImportedFactCheck"("url");

-- CreateIndex
CREATE INDEX "ImportedFactCheck_publisherName_idx" ON "ImportedFactCheck"("publisherName");

-- AddForeignKey
ALTER TABLE "ImportedFactCheck" ADD CONSTRAINT "ImportedFactCheck_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The one generation row the archive index reads (see schema.prisma).
INSERT INTO "ArchiveGeneration" ("id", "generation") VALUES (1, 0);
