-- CreateEnum
CREATE TYPE "Measure" AS ENUM ('deployed', 'killed', 'injured', 'casualties', 'missing', 'displaced', 'participants', 'detained', 'other');

-- CreateEnum
CREATE TYPE "PlaceLevel" AS ENUM ('country', 'region', 'district', 'city');

-- CreateEnum
CREATE TYPE "Reliability" AS ENUM ('A', 'B', 'C', 'D', 'E', 'F');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ReviewStatus" ADD VALUE 'verified';
ALTER TYPE "ReviewStatus" ADD VALUE 'false';
ALTER TYPE "ReviewStatus" ADD VALUE 'misleading';

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "mergedIntoId" TEXT,
ADD COLUMN     "reliability" "Reliability";

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "credibility" INTEGER,
ADD COLUMN     "measure" "Measure",
ADD COLUMN     "scopeLevel" "PlaceLevel",
ADD COLUMN     "scopePlace" TEXT,
ADD COLUMN     "scopeWithin" TEXT;

-- CreateIndex
CREATE INDEX "Claim_measure_idx" ON "Claim"("measure");

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
