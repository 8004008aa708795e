-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('intelligence_service', 'government', 'official', 'military', 'news_agency', 'media_outlet', 'expert', 'think_tank', 'ngo', 'anonymous', 'other');

-- CreateEnum
CREATE TYPE "ClaimKind" AS ENUM ('quantity', 'location', 'quote', 'statement', 'event');

-- CreateEnum
CREATE TYPE "Qualifier" AS ENUM ('exact', 'approx', 'at_least', 'more_than', 'up_to', 'at_most', 'range', 'unknown');

-- CreateEnum
CREATE TYPE "Modality" AS ENUM ('planned', 'preparing', 'underway', 'completed', 'possible', 'unknown');

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('asserts', 'confirms', 'estimates', 'speculates', 'denies');

-- CreateEnum
CREATE TYPE "PlacePrecision" AS ENUM ('exact', 'near', 'city', 'region', 'country');

-- CreateEnum
CREATE TYPE "HopRole" AS ENUM ('originator', 'speaker', 'relay');

-- CreateEnum
CREATE TYPE "Confidence" AS ENUM ('low', 'medium', 'high');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('draft', 'accepted', 'disputed', 'retracted');

-- CreateEnum
CREATE TYPE "RevisionAction" AS ENUM ('create', 'update', 'delete', 'restore');

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "country" TEXT,
    "parentId" TEXT,
    "description" TEXT,
    "homepage" TEXT,
    "wikidataId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceAlias" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,

    CONSTRAINT "SourceAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "outletId" TEXT,
    "author" TEXT,
    "publishedAt" TIMESTAMP(3),
    "retrievedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "language" TEXT NOT NULL DEFAULT 'en',
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "measure" TEXT,
    "unit" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "topicId" TEXT,
    "kind" "ClaimKind" NOT NULL,
    "statement" TEXT NOT NULL,
    "anchorExact" TEXT NOT NULL,
    "anchorPrefix" TEXT NOT NULL DEFAULT '',
    "anchorSuffix" TEXT NOT NULL DEFAULT '',
    "anchorStart" INTEGER NOT NULL,
    "anchorEnd" INTEGER NOT NULL,
    "value" DOUBLE PRECISION,
    "lower" DOUBLE PRECISION,
    "upper" DOUBLE PRECISION,
    "qualifier" "Qualifier",
    "unit" TEXT,
    "asStated" TEXT,
    "modality" "Modality" NOT NULL DEFAULT 'unknown',
    "stance" "Stance" NOT NULL DEFAULT 'asserts',
    "placeName" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "placePrecision" "PlacePrecision",
    "placeRelation" TEXT,
    "claimedAt" TIMESTAMP(3),
    "periodStart" TIMESTAMP(3),
    "periodEnd" TIMESTAMP(3),
    "confidence" "Confidence" NOT NULL DEFAULT 'medium',
    "reviewStatus" "ReviewStatus" NOT NULL DEFAULT 'draft',
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttributionHop" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "sourceId" TEXT NOT NULL,
    "role" "HopRole" NOT NULL,
    "verb" TEXT,

    CONSTRAINT "AttributionHop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" "RevisionAction" NOT NULL,
    "version" INTEGER NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceAlias" ADD CONSTRAINT "SourceAlias_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttributionHop" ADD CONSTRAINT "AttributionHop_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttributionHop" ADD CONSTRAINT "AttributionHop_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
