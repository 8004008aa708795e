-- DropIndex
DROP INDEX "Source_kind_idx";

-- CreateIndex
CREATE INDEX "Source_kind_name_id_idx" ON "Source"("kind", "name", "id");
