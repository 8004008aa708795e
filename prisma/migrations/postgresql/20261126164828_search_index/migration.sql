-- Full-text search over claims, reports and sources (docs/decisions/0008-full-text-search.md).
-- Hand-written: Prisma's schema knows nothing of these indexes. Each is named search_*, which
-- lib/testing/schema-catalog.ts leaves out when it compares the migrated database with one
-- built from prisma/schema.prisma.
--
-- Expression indexes rather than stored tsvector columns: a column would appear in Prisma's
-- view of the table. PostgreSQL uses an expression index only for a query that repeats the
-- expression exactly, so lib/data/search.ts holds the same expressions: change both together.
-- 'english' stems ("troop" finds "troops"), as the porter tokenizer does on SQLite.

CREATE INDEX "search_claim_idx" ON "Claim" USING GIN ((
    setweight(to_tsvector('english', "statement"), 'A') ||
    setweight(to_tsvector('english', coalesce("placeName", '')), 'A') ||
    setweight(to_tsvector('english', "anchorExact"), 'B') ||
    setweight(to_tsvector('english', coalesce("notes", '')), 'C')
));

CREATE INDEX "search_report_idx" ON "Report" USING GIN ((
    setweight(to_tsvector('english', "title"), 'A') ||
    setweight(to_tsvector('english', "text"), 'C')
));

CREATE INDEX "search_source_idx" ON "Source" USING GIN ((to_tsvector('english', "name")));

CREATE INDEX "search_source_alias_idx" ON "SourceAlias" USING GIN ((to_tsvector('english', "alias")));
