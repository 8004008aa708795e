-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "country" TEXT,
    "parentId" TEXT,
    "description" TEXT,
    "homepage" TEXT,
    "wikidataId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "Source_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SourceAlias" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    CONSTRAINT "SourceAlias_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "outletId" TEXT,
    "author" TEXT,
    "publishedAt" DATETIME,
    "retrievedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "language" TEXT NOT NULL DEFAULT 'en',
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "Report_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "measure" TEXT,
    "unit" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "topicId" TEXT,
    "kind" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "anchorExact" TEXT NOT NULL,
    "anchorPrefix" TEXT NOT NULL DEFAULT '',
    "anchorSuffix" TEXT NOT NULL DEFAULT '',
    "anchorStart" INTEGER NOT NULL,
    "anchorEnd" INTEGER NOT NULL,
    "value" REAL,
    "lower" REAL,
    "upper" REAL,
    "qualifier" TEXT,
    "unit" TEXT,
    "asStated" TEXT,
    "modality" TEXT NOT NULL DEFAULT 'unknown',
    "stance" TEXT NOT NULL DEFAULT 'asserts',
    "placeName" TEXT,
    "latitude" REAL,
    "longitude" REAL,
    "placePrecision" TEXT,
    "placeRelation" TEXT,
    "claimedAt" DATETIME,
    "periodStart" DATETIME,
    "periodEnd" DATETIME,
    "confidence" TEXT NOT NULL DEFAULT 'medium',
    "reviewStatus" TEXT NOT NULL DEFAULT 'draft',
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "Claim_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AttributionHop" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "sourceId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "verb" TEXT,
    CONSTRAINT "AttributionHop_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AttributionHop_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "authorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_slug_key" ON "Source"("slug");

-- CreateIndex
CREATE INDEX "Source_kind_idx" ON "Source"("kind");

-- CreateIndex
CREATE INDEX "Source_parentId_idx" ON "Source"("parentId");

-- CreateIndex
CREATE INDEX "SourceAlias_normalized_idx" ON "SourceAlias"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "SourceAlias_sourceId_normalized_key" ON "SourceAlias"("sourceId", "normalized");

-- CreateIndex
CREATE UNIQUE INDEX "Report_contentHash_key" ON "Report"("contentHash");

-- CreateIndex
CREATE INDEX "Report_outletId_idx" ON "Report"("outletId");

-- CreateIndex
CREATE INDEX "Report_publishedAt_idx" ON "Report"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE INDEX "Claim_reportId_idx" ON "Claim"("reportId");

-- CreateIndex
CREATE INDEX "Claim_topicId_deletedAt_idx" ON "Claim"("topicId", "deletedAt");

-- CreateIndex
CREATE INDEX "Claim_kind_idx" ON "Claim"("kind");

-- CreateIndex
CREATE INDEX "Claim_modality_idx" ON "Claim"("modality");

-- CreateIndex
CREATE INDEX "Claim_reviewStatus_idx" ON "Claim"("reviewStatus");

-- CreateIndex
CREATE INDEX "Claim_claimedAt_id_idx" ON "Claim"("claimedAt", "id");

-- CreateIndex
CREATE INDEX "AttributionHop_sourceId_role_idx" ON "AttributionHop"("sourceId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "AttributionHop_claimId_position_key" ON "AttributionHop"("claimId", "position");

-- CreateIndex
CREATE INDEX "Revision_entityType_entityId_createdAt_idx" ON "Revision"("entityType", "entityId", "createdAt");
