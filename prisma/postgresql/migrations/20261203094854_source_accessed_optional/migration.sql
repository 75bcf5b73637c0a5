-- AlterTable
ALTER TABLE "VerdictSource" ALTER COLUMN "accessedAt" DROP NOT NULL;

