-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "credibility" INTEGER;
ALTER TABLE "Claim" ADD COLUMN "measure" TEXT;
ALTER TABLE "Claim" ADD COLUMN "scopeLevel" TEXT;
ALTER TABLE "Claim" ADD COLUMN "scopePlace" TEXT;
ALTER TABLE "Claim" ADD COLUMN "scopeWithin" TEXT;

-- AlterTable: columns added in place rather than by redefining "Source" (Prisma's default),
-- which would drop the table's full-text search triggers with it.
ALTER TABLE "Source" ADD COLUMN "mergedIntoId" TEXT REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Source" ADD COLUMN "reliability" TEXT;

-- CreateIndex
CREATE INDEX "Claim_measure_idx" ON "Claim"("measure");
