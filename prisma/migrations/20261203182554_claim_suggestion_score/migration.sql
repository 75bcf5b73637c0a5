-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "suggestionScore" REAL;

