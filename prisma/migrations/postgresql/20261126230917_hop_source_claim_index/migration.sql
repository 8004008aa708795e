-- DropIndex
DROP INDEX "AttributionHop_sourceId_role_idx";

-- CreateIndex
CREATE INDEX "AttributionHop_sourceId_claimId_role_idx" ON "AttributionHop"("sourceId", "claimId", "role");
