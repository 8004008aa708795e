-- CreateIndex
CREATE INDEX "Claim_value_id_idx" ON "Claim"("value", "id");
