-- CreateTable
CREATE TABLE "Backup" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "completedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fileName" TEXT NOT NULL,
    "bytes" BIGINT NOT NULL,
    "provider" TEXT NOT NULL,
    "durationMs" INTEGER NOT NULL
);

-- CreateIndex
CREATE INDEX "Backup_completedAt_idx" ON "Backup"("completedAt");

