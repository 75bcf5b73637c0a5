-- CreateTable
CREATE TABLE "ImportedFactCheck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT NOT NULL,
    "claimReviewed" TEXT NOT NULL,
    "ratingName" TEXT NOT NULL,
    "ratingValue" REAL,
    "bestRating" REAL,
    "worstRating" REAL,
    "publisherName" TEXT NOT NULL,
    "publisherUrl" TEXT,
    "claimant" TEXT,
    "datePublished" DATETIME,
    "appearanceUrl" TEXT,
    "importedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ImportedFactCheck_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ArchiveGeneration" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "generation" INTEGER NOT NULL DEFAULT 0
);

-- CreateIndex
CREATE UNIQUE INDEX "ImportedFactCheck_url_key" ON "ImportedFactCheck"("url");

-- CreateIndex
CREATE INDEX "ImportedFactCheck_publisherName_idx" ON "ImportedFactCheck"("publisherName");


-- The one generation row the archive index reads (see schema.prisma).
INSERT INTO "ArchiveGeneration" ("id", "generation") VALUES (1, 0);
