-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "suggestionScore" DOUBLE PRECISION;

