-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_VerdictSource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "verdictRevisionId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "excerpt" TEXT,
    "accessedAt" DATETIME,
    CONSTRAINT "VerdictSource_verdictRevisionId_fkey" FOREIGN KEY ("verdictRevisionId") REFERENCES "VerdictRevision" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VerdictSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_VerdictSource" ("accessedAt", "excerpt", "id", "position", "sourceId", "verdictRevisionId") SELECT "accessedAt", "excerpt", "id", "position", "sourceId", "verdictRevisionId" FROM "VerdictSource";
DROP TABLE "VerdictSource";
ALTER TABLE "new_VerdictSource" RENAME TO "VerdictSource";
CREATE UNIQUE INDEX "VerdictSource_verdictRevisionId_position_key" ON "VerdictSource"("verdictRevisionId", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

