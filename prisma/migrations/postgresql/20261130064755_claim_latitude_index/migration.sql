-- CreateIndex
CREATE INDEX "Claim_latitude_idx" ON "Claim"("latitude");
